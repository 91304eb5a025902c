package org.echolab.server;

import static org.echolab.server.PlainEchoServerTest.bytes;
import static org.echolab.server.PlainEchoServerTest.connect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plain server under abuse, interleaved with good clients. Plain echo has no format to
 * violate, so the abuse that applies is about holding resources: a thousand idle (slowloris)
 * connections, half-open ones, clients that flood without ever reading, and more connections
 * than --max-clients allows.
 */
class PlainAbuseTest {
    private static final String IDLE = "closed by the server (idle timeout: no traffic for 1 s)";
    private static final String REFUSED = "refused: 50 clients already connected (--max-clients)";

    private final LogRecorder recorder = new LogRecorder();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void thousandIdleHalfOpenAndFloodingConnectionsLoseNoGoodSession() throws Exception {
        ServerConfig config = ServerConfig.loopback().withIdleTimeout(Duration.ofSeconds(1));
        List<Socket> held = new ArrayList<>();
        List<Thread> flooders = new ArrayList<>();
        try (PlainEchoServer server = PlainEchoServer.start(config, recorder.log());
             AbuseHarness harness = new AbuseHarness(recorder, 2, () -> goodSession(server.port()))) {
            for (int i = 0; i < 1000; i++) {
                Socket socket = connect(server.port());
                held.add(socket);
                if (i % 10 == 0) {
                    // Half-open: the client sends, ends its side (FIN) and never reads. The
                    // server still delivers the whole echo, then closes its side too.
                    byte[] message = bytes("half-open " + i);
                    socket.getOutputStream().write(message);
                    socket.shutdownOutput();
                    harness.expect(socket, "closed by the client; received " + message.length
                            + " bytes, sent " + message.length + " bytes");
                } else {
                    harness.expect(socket, IDLE);
                }
            }
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
                held.add(socket);
                harness.expect(socket, IDLE);
                Thread flooder = new Thread(() -> flood(socket), "abuse-flooder-" + i);
                flooder.start();
                flooders.add(flooder);
            }
            harness.assertEveryRejectionLogged(30);
            for (Thread flooder : flooders) {
                flooder.join(TimeUnit.SECONDS.toMillis(10));
            }
            harness.stopGoodClients();
            // The event loops own every connection: no thread per connection, ever.
            harness.assertResourcesBounded(64L << 20, 2 + 20 + 1 + 5);
            assertEquals(0, server.openConnections());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void connectionsPastMaxClientsAreEachRefusedWithALogLine() throws Exception {
        ServerConfig config = ServerConfig.loopback().withMaxClients(50);
        List<Socket> held = new ArrayList<>();
        try (PlainEchoServer server = PlainEchoServer.start(config, recorder.log())) {
            AbuseHarness harness = new AbuseHarness(recorder, 0, () -> { });
            for (int i = 0; i < 50; i++) {
                held.add(connect(server.port()));
            }
            awaitOpen(server, 50);
            for (int i = 0; i < 200; i++) {
                Socket socket = connect(server.port());
                held.add(socket);
                harness.expect(socket, REFUSED);
                assertEquals(-1, socket.getInputStream().read(), "a refused connection is closed at once");
            }
            harness.assertEveryRejectionLogged(10);
            held.get(0).close();
            awaitOpen(server, 49);
            goodSession(server.port());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /** Sends without ever reading: the server stops reading too, then times the connection out. */
    private static void flood(Socket socket) {
        byte[] chunk = new byte[16 * 1024];
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < 4096; i++) {
                out.write(chunk);
            }
        } catch (IOException expectedOnceTheServerClosesTheConnection) {
            Thread.currentThread().interrupt();
        }
    }

    static void goodSession(int port) throws IOException {
        try (Socket socket = connect(port)) {
            for (int i = 0; i < 3; i++) {
                byte[] message = bytes("good " + i);
                socket.getOutputStream().write(message);
                assertArrayEquals(message, socket.getInputStream().readNBytes(message.length));
            }
        }
    }

    private static void awaitOpen(PlainEchoServer server, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.openConnections() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, server.openConnections());
    }
}
