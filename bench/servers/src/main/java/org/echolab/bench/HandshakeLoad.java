package org.echolab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Direction;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;

/**
 * Secure handshakes per second: {@code clients} threads, each repeating a whole session
 * (connect, read the key record, send a wrapped AES key, one record round trip, close).
 * The server's share of the work is dominated by one RSA-2048 private-key operation.
 */
final class HandshakeLoad {
    private static final byte[] HELLO = "HELLO".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Completed sessions in the measured window, and failed ones. */
    record Result(long handshakes, long failures, double seconds) {
        double perSecond() {
            return handshakes / seconds;
        }
    }

    private HandshakeLoad() {
    }

    static Result run(int port, int clients, long warmupNanos, long measureNanos) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                long now;
                while ((now = System.nanoTime()) < end) {
                    boolean ok = session(port);
                    long finished = System.nanoTime();
                    if (now - measureFrom >= 0 && finished - end < 0) {
                        (ok ? done : failed).incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(done.get(), failed.get(), measureNanos / 1e9);
    }

    private static boolean session(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            PublicKey serverKey = KeyRecord.read(in);
            SecretKey key = Crypto.newAesKey();
            out.write(KeyTransport.wrap(serverKey, key));
            new RecordWriter(key, Direction.CLIENT_TO_SERVER).write(out, HELLO);
            byte[] echo = new RecordReader(key, Direction.SERVER_TO_CLIENT).read(in);
            return Arrays.equals(HELLO, echo);
        } catch (IOException e) {
            return false;
        }
    }
}
