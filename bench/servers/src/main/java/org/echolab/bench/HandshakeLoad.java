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
 *
 * <p>The load generator shares the machine's cores with the server, so it keeps its own work
 * small: it wraps {@link #KEY_POOL} fresh AES keys before the run and cycles through them
 * (the server cannot tell, and still decrypts every key transport), and it checks the key
 * record by comparing bytes instead of parsing it each time.
 */
final class HandshakeLoad {
    private static final int KEY_POOL = 256;
    private static final byte[] HELLO = "HELLO".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Completed sessions in the measured window, and failed ones. */
    record Result(long handshakes, long failures, double seconds) {
        double perSecond() {
            return handshakes / seconds;
        }
    }

    private HandshakeLoad() {
    }

    /** One client key, wrapped for the server. */
    private record ClientKey(SecretKey key, byte[] wrapped) {
    }

    static Result run(int port, int clients, long warmupNanos, long measureNanos)
            throws IOException, InterruptedException {
        byte[] keyRecord;
        PublicKey serverKey;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            keyRecord = socket.getInputStream().readNBytes(300);
            serverKey = KeyRecord.read(new java.io.ByteArrayInputStream(keyRecord));
        }
        List<ClientKey> pool = new ArrayList<>();
        for (int i = 0; i < KEY_POOL; i++) {
            SecretKey key = Crypto.newAesKey();
            pool.add(new ClientKey(key, KeyTransport.wrap(serverKey, key)));
        }
        AtomicLong next = new AtomicLong();
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
                    ClientKey key = pool.get((int) (next.getAndIncrement() % KEY_POOL));
                    boolean ok = session(port, keyRecord, key);
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

    private static boolean session(int port, byte[] keyRecord, ClientKey clientKey) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            if (!Arrays.equals(keyRecord, in.readNBytes(keyRecord.length))) {
                return false;
            }
            SecretKey key = clientKey.key();
            out.write(clientKey.wrapped());
            new RecordWriter(key, Direction.CLIENT_TO_SERVER).write(out, HELLO);
            byte[] echo = new RecordReader(key, Direction.SERVER_TO_CLIENT).read(in);
            return Arrays.equals(HELLO, echo);
        } catch (IOException e) {
            return false;
        }
    }
}
