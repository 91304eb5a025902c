package org.echolab.server;

import static org.echolab.server.PlainEchoServerTest.bytes;
import static org.echolab.server.PlainEchoServerTest.connect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Direction;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The secure server under abuse, interleaved with good clients: a thousand bad connections of
 * every kind the protocol rejects, idle ones, and a client that never reads its echoes. No good
 * session may fail, memory and threads stay bounded, and every bad connection gets one log
 * line with its reason.
 */
class SecureAbuseTest {
    private static final int BAD_CONNECTIONS = 1050;
    private static KeyPair keys;
    /** One AES key and its key transport, reused by the bad clients: the server cannot tell. */
    private static SecretKey sessionKey;
    private static byte[] wrappedKey;

    private final LogRecorder recorder = new LogRecorder();

    @BeforeAll
    static void generateKeys() {
        keys = Crypto.newRsaKeyPair();
        sessionKey = Crypto.newAesKey();
        wrappedKey = KeyTransport.wrap(keys.getPublic(), sessionKey);
    }

    /** The kinds of bad client, each with the reason the server must log for it. */
    enum Bad {
        GARBAGE_KEY_TRANSPORT("key transport failed OAEP decryption"),
        HALF_OPEN_BEFORE_KEY("truncated key transport: connection closed after 0 of 256 bytes"),
        OVERSIZED_RECORD("record length must be 28..65536, got 1048576"),
        BIT_FLIPPED_RECORD("modified record: GCM tag check failed for sequence 0"),
        REPLAYED_RECORD("replayed or reordered record: expected sequence 1, got 0"),
        DROPPED_MID_RECORD("connection closed inside a record after 20 of 33 bytes"),
        IDLE("idle timeout: no traffic for 1 s");

        final String reason;

        Bad(String reason) {
            this.reason = reason;
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void thousandBadConnectionsLoseNoGoodSessionAndAreEachLogged() throws Exception {
        ServerConfig config = ServerConfig.loopback().withIdleTimeout(Duration.ofSeconds(1));
        try (SecureEchoServer server = SecureEchoServer.start(config, keys, recorder.log());
             AbuseHarness harness = new AbuseHarness(recorder, 2, () -> goodSession(server.port()))) {
            List<Socket> idle = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < BAD_CONNECTIONS; i++) {
                Bad kind = Bad.values()[i % Bad.values().length];
                if (kind == Bad.IDLE) {
                    Socket socket = connect(server.port());
                    harness.expect(socket, kind.reason);
                    idle.add(socket);
                } else {
                    done.add(pool.submit(() -> {
                        abuse(server.port(), kind, harness);
                        return null;
                    }));
                }
            }
            for (Future<?> bad : done) {
                bad.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            harness.assertEveryRejectionLogged(30);
            harness.stopGoodClients();
            for (Socket socket : idle) {
                socket.close();
            }
            assertTrue(harness.expectedCount() >= 1000, "bad connections: " + harness.expectedCount());
            // Session threads end with their connection: none is left serving.
            awaitZero(server);
            harness.assertResourcesBounded(64L << 20, 400);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void clientThatNeverReadsItsEchoesIsClosedByTheWriteTimeout() throws Exception {
        ServerConfig config = ServerConfig.loopback().withIdleTimeout(Duration.ofSeconds(1));
        try (SecureEchoServer server = SecureEchoServer.start(config, keys, recorder.log());
             Socket socket = connect(server.port())) {
            socket.setReceiveBufferSize(4096);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            KeyRecord.read(in);
            out.write(wrappedKey);
            RecordWriter writer = new RecordWriter(sessionKey, Direction.CLIENT_TO_SERVER);
            byte[] chunk = new byte[60_000];
            long written = 0;
            try {
                // Sends records and never reads: the server's echoes pile up until its write blocks.
                while (written < 256L << 20) {
                    writer.write(out, chunk);
                    written += chunk.length;
                }
            } catch (IOException expectedOnceTheServerGivesUp) {
                assertTrue(written > 0, "nothing was sent before the server closed");
            }
            String line = recorder.await("closed by the server (write timeout: the client read none of its echoes for 1 s)");
            assertTrue(line.contains("127.0.0.1:" + socket.getLocalPort()), line);
            awaitZero(server);
            goodSession(server.port());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void slowlorisClientsThatTrickleBytesAreClosedAsTooSlow() throws Exception {
        ServerConfig config = ServerConfig.loopback().withIdleTimeout(Duration.ofSeconds(1));
        try (SecureEchoServer server = SecureEchoServer.start(config, keys, recorder.log());
             Socket inKeyTransport = connect(server.port());
             Socket inRecord = connect(server.port())) {
            KeyRecord.read(inKeyTransport.getInputStream());
            KeyRecord.read(inRecord.getInputStream());
            inRecord.getOutputStream().write(wrappedKey);
            byte[] record = new RecordWriter(sessionKey, Direction.CLIENT_TO_SERVER).seal(new byte[1000]);
            // One byte every 400 ms: each read arrives well within the 1 s read timeout, so
            // only the deadline on the whole key transport or record can end these sessions.
            Thread first = new Thread(() -> trickle(inKeyTransport, wrappedKey));
            Thread second = new Thread(() -> trickle(inRecord, record));
            first.start();
            second.start();
            String tooSlow = "closed by the server (too slow: a key transport or record took more than 2 s to arrive)";
            recorder.await("127.0.0.1:" + inKeyTransport.getLocalPort() + " " + tooSlow);
            recorder.await("127.0.0.1:" + inRecord.getLocalPort() + " " + tooSlow);
            first.join();
            second.join();
            awaitZero(server);
            goodSession(server.port());
        }
    }

    /** Sends {@code bytes} one at a time, 400 ms apart, until done or the server closes. */
    private static void trickle(Socket socket, byte[] bytes) {
        try {
            for (byte b : bytes) {
                socket.getOutputStream().write(b);
                Thread.sleep(400);
            }
        } catch (IOException closedByTheServer) {
            // Expected: the server gives up on this client long before the last byte.
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void abuse(int port, Bad kind, AbuseHarness harness) throws IOException {
        try (Socket socket = connect(port)) {
            harness.expect(socket, kind.reason);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            KeyRecord.read(in);
            if (kind == Bad.GARBAGE_KEY_TRANSPORT) {
                byte[] garbage = new byte[256];
                new Random(socket.getLocalPort()).nextBytes(garbage);
                out.write(garbage);
            } else if (kind == Bad.HALF_OPEN_BEFORE_KEY) {
                socket.shutdownOutput();
            } else {
                out.write(wrappedKey);
                RecordWriter writer = new RecordWriter(sessionKey, Direction.CLIENT_TO_SERVER);
                byte[] record = writer.seal(bytes("HELLO"));
                switch (kind) {
                    case OVERSIZED_RECORD -> out.write(HexFormat.of().parseHex("00100000"));
                    case BIT_FLIPPED_RECORD -> {
                        record[record.length - 1] ^= 0x01;
                        out.write(record);
                    }
                    case REPLAYED_RECORD -> {
                        out.write(record);
                        new RecordReader(sessionKey, Direction.SERVER_TO_CLIENT).read(in);
                        out.write(record);
                    }
                    case DROPPED_MID_RECORD -> {
                        out.write(record, 0, 24);
                        socket.shutdownOutput();
                    }
                    default -> throw new IllegalArgumentException(kind.name());
                }
            }
            // The server closes its side once it has rejected the connection.
            assertEquals(-1, in.read(), kind.name());
        }
    }

    /** A whole good session: handshake and three echoes, each checked. */
    static void goodSession(int port) throws IOException {
        try (Socket socket = connect(port)) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            SecretKey key = Crypto.newAesKey();
            out.write(KeyTransport.wrap(KeyRecord.read(in), key));
            RecordWriter writer = new RecordWriter(key, Direction.CLIENT_TO_SERVER);
            RecordReader reader = new RecordReader(key, Direction.SERVER_TO_CLIENT);
            for (int i = 0; i < 3; i++) {
                byte[] message = bytes("good " + i);
                writer.write(out, message);
                assertArrayEquals(message, reader.read(in));
            }
        }
    }

    private static void awaitZero(SecureEchoServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, server.openConnections(), "connections still served");
    }
}
