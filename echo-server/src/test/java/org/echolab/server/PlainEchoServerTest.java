package org.echolab.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlainEchoServerTest {
    private final LogRecorder recorder = new LogRecorder();

    @Test
    void echoesHelloAndLogsBytesEachWay() throws Exception {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), recorder.log())) {
            try (Socket socket = connect(server.port())) {
                socket.getOutputStream().write(bytes("HELLO"));
                assertArrayEquals(bytes("HELLO"), socket.getInputStream().readNBytes(5));
            }
            String line = recorder.await("closed by the client", "received 5 bytes, sent 5 bytes");
            assertTrue(line.contains("127.0.0.1:"), line);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void thousandConcurrentConnectionsAllEcho() throws Exception {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard())) {
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < 1000; i++) {
                    sockets.add(connect(server.port()));
                }
                for (int i = 0; i < sockets.size(); i++) {
                    sockets.get(i).getOutputStream().write(bytes("client " + i));
                }
                for (int i = 0; i < sockets.size(); i++) {
                    byte[] expected = bytes("client " + i);
                    assertArrayEquals(expected, sockets.get(i).getInputStream().readNBytes(expected.length));
                }
                assertEquals(1000, server.openConnections());
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void closeAfterEchoMakesTheServerSendTheFirstFin() throws Exception {
        ServerConfig config = ServerConfig.loopback().withCloseAfterEcho(true);
        try (PlainEchoServer server = PlainEchoServer.start(config, recorder.log());
             Socket socket = connect(server.port())) {
            socket.getOutputStream().write(bytes("HELLO"));
            InputStream in = socket.getInputStream();
            assertArrayEquals(bytes("HELLO"), in.readNBytes(5));
            assertEquals(-1, in.read(), "the server should have closed its side");
            recorder.await("closed by the server (--close-after-echo");
        }
    }

    @Test
    void connectionPastMaxClientsIsClosedWithALogLine() throws Exception {
        ServerConfig config = ServerConfig.loopback().withMaxClients(1);
        try (PlainEchoServer server = PlainEchoServer.start(config, recorder.log());
             Socket first = connect(server.port());
             Socket second = connect(server.port())) {
            assertEquals(-1, second.getInputStream().read());
            recorder.await("refused: 1 clients already connected");
            first.getOutputStream().write(bytes("still here"));
            assertArrayEquals(bytes("still here"), first.getInputStream().readNBytes(10));
        }
    }

    @Test
    void idleConnectionIsClosedAfterTheTimeout() throws Exception {
        ServerConfig config = ServerConfig.loopback().withIdleTimeout(Duration.ofSeconds(1));
        try (PlainEchoServer server = PlainEchoServer.start(config, recorder.log());
             Socket socket = connect(server.port())) {
            socket.setSoTimeout(5000);
            assertEquals(-1, socket.getInputStream().read());
            recorder.await("idle timeout: no traffic for 1 s");
        }
    }

    @Test
    void clientThatDoesNotReadDoesNotStallOthers() throws Exception {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard());
             Socket lazy = connect(server.port());
             Socket other = connect(server.port())) {
            Thread writer = new Thread(() -> writeUntilBlocked(lazy));
            writer.setDaemon(true);
            writer.start();
            Thread.sleep(300);
            other.getOutputStream().write(bytes("HELLO"));
            assertArrayEquals(bytes("HELLO"), other.getInputStream().readNBytes(5));
        }
    }

    private static void writeUntilBlocked(Socket socket) {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int i = 0; i < 10_000; i++) {
                socket.getOutputStream().write(chunk);
            }
        } catch (IOException expectedWhenTheTestClosesTheSocket) {
            Thread.currentThread().interrupt();
        }
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
