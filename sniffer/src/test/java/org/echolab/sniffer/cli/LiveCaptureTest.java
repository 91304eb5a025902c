package org.echolab.sniffer.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.echolab.client.ClientSettings;
import org.echolab.client.PlainEchoClient;
import org.echolab.client.SecureEchoClient;
import org.echolab.protocol.Crypto;
import org.echolab.server.PlainEchoServer;
import org.echolab.server.SecureEchoServer;
import org.echolab.server.ServerConfig;
import org.echolab.server.ServerLog;
import org.echolab.sniffer.testing.CaptureAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real loopback traffic, captured live by the sniffer with {@code -w}, then read back and
 * compared with tshark on the same file. Needs capture privileges (root in CI).
 */
@Timeout(120)
class LiveCaptureTest {
    private static final byte[] HELLO = "HELLO".getBytes(US_ASCII);
    private static String loopback;

    @BeforeAll
    static void requireCapture() {
        loopback = CaptureAccess.requireLoopbackCapture();
    }

    @Test
    void plainPairShowsHelloAndSecurePairOnlyKeyMaterialAndCiphertext(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("echo.pcap");
        try (PlainEchoServer plain = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard());
                SecureEchoServer secure = SecureEchoServer.start(ServerConfig.loopback(), Crypto.newRsaKeyPair(),
                        ServerLog.discard())) {
            int p = plain.port();
            int s = secure.port();
            Recorder.Run live = Recorder.record(loopback, "tcp port " + p + " or tcp port " + s, file, p + "," + s, () -> {
                try (PlainEchoClient c = PlainEchoClient.connect(ClientSettings.loopback(p))) {
                    c.echo(HELLO);
                }
                try (SecureEchoClient c = SecureEchoClient.connect(ClientSettings.loopback(s), secure.fingerprint())) {
                    c.echo(HELLO);
                }
            });
            List<JsonNode> frames = new Sniffer.Result(0, live.out(), "").jsonLines();
            assertTrue(frames.stream().anyMatch(f -> isPayload(f, p, "text") && "HELLO".equals(text(f))),
                    "the plain conversation carries HELLO in the clear");
            assertTrue(frames.stream().anyMatch(f -> f.get("srcPort").asInt() == s && isPayload(f, s, "kit_public_key")
                    && f.get("len").asInt() == 300), "the server's 300-byte public key record");
            assertTrue(frames.stream().anyMatch(f -> f.get("dstPort").asInt() == s
                    && isPayload(f, s, "kit_wrapped_key") && f.get("len").asInt() == 256), "the 256-byte wrapped key");
            assertTrue(frames.stream().anyMatch(f -> isPayload(f, s, "kit_record")), "AES-GCM records");
            String helloHex = "48454c4c4f";
            assertFalse(frames.stream().anyMatch(f -> onPort(f, s) && !f.get("payload").isNull()
                    && (f.get("payload").path("text").asText().contains("HELLO")
                            || f.get("payload").path("hex").asText().contains(helloHex))),
                    "no plaintext on the secure port");
            assertTrue(live.err().contains("2 TCP conversations"), live.err());

            List<JsonNode> reread = Sniffer.run("read", file.toString(), "--format", "jsonl", "--ports",
                    p + "," + s).jsonLines();
            assertEquals(frames.size(), reread.size(), "the -w file holds every packet the live run showed");
            TsharkAgreementTest.assertAgrees(file, p, s);
        }
    }

    @Test
    void bulkTransferToASlowReaderShowsFlowControlAsTsharkDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bulk.pcap");
        try (ServerSocket server = new ServerSocket()) {
            server.setReceiveBufferSize(4096);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = server.getLocalPort();
            Thread reader = new Thread(() -> slowlyDrain(server));
            reader.start();
            Recorder.record(loopback, "tcp port " + port, file, () -> {
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    c.getOutputStream().write(new byte[400_000]);
                    c.shutdownOutput();
                    c.getInputStream().read();
                }
                reader.join(30_000);
            });
        }
        Set<String> flags = TsharkAgreementTest.assertAgrees(file);
        assertTrue(flags.contains("zero_window") || flags.contains("window_full"), "flow control seen: " + flags);
    }

    @Test
    void stoppingRightAfterTheTrafficStillKeepsEveryBufferedPacket(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("drain.pcap");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Recorder.Run live = Recorder.record(loopback, "tcp port " + port, file, "12321,12345", 0, () -> {
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port); Socket a = server.accept()) {
                    for (int i = 0; i < 50; i++) {
                        c.getOutputStream().write(HELLO);
                        a.getOutputStream().write(a.getInputStream().readNBytes(HELLO.length));
                        c.getInputStream().readNBytes(HELLO.length);
                    }
                    c.shutdownOutput();
                    assertEquals(-1, a.getInputStream().read());
                    a.shutdownOutput();
                    assertEquals(-1, c.getInputStream().read());
                }
            });
            List<JsonNode> frames = new Sniffer.Result(0, live.out(), "").jsonLines();
            long fins = frames.stream().filter(f -> f.get("flags").toString().contains("FIN")).count();
            long payloads = frames.stream().filter(f -> f.get("len").asInt() > 0).count();
            assertEquals(2, fins, "both FINs, though the capture was stopped the moment traffic ended");
            assertEquals(100, payloads, "every data segment");
            assertEquals(frames.size(), Sniffer.run("read", file.toString(), "--format", "jsonl").jsonLines().size());
        }
    }

    @Test
    void resetsAgreeWithTshark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rst.pcap");
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Recorder.record(loopback, "tcp port " + port + " or tcp port " + closedPort, file, () -> {
                assertThrows(ConnectException.class,
                        () -> new Socket(InetAddress.getLoopbackAddress(), closedPort).close());
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port);
                        Socket accepted = server.accept()) {
                    c.getOutputStream().write(HELLO);
                    accepted.getInputStream().readNBytes(HELLO.length);
                    accepted.setSoLinger(true, 0);
                    accepted.close();
                    Thread.sleep(100);
                }
            });
        }
        List<JsonNode> frames = Sniffer.run("read", file.toString(), "--format", "jsonl").jsonLines();
        assertTrue(frames.stream().filter(f -> f.get("flags").toString().contains("RST")).count() >= 2,
                "a refused connection and an aborted one");
        TsharkAgreementTest.assertAgrees(file);
    }

    @Test
    void ipv6EchoOnLoopbackAgreesWithTshark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v6.pcap");
        InetAddress v6 = InetAddress.getByName("::1");
        try (ServerSocket server = new ServerSocket(0, 1, v6)) {
            int port = server.getLocalPort();
            Recorder.record(loopback, "tcp port " + port, file, () -> {
                try (Socket c = new Socket(v6, port); Socket a = server.accept()) {
                    c.getOutputStream().write(HELLO);
                    a.getOutputStream().write(a.getInputStream().readNBytes(HELLO.length));
                    assertEquals("HELLO", new String(c.getInputStream().readNBytes(5), US_ASCII));
                }
            });
        }
        List<JsonNode> frames = Sniffer.run("read", file.toString(), "--format", "jsonl").jsonLines();
        assertEquals("::1", frames.get(0).get("src").asText());
        TsharkAgreementTest.assertAgrees(file);
    }

    private static void slowlyDrain(ServerSocket server) {
        try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            byte[] buf = new byte[2048];
            while (in.read(buf) >= 0) {
                Thread.sleep(3);
            }
            out.write(1);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("slow reader failed", e);
        }
    }

    private static boolean onPort(JsonNode f, int port) {
        return f.get("srcPort").asInt() == port || f.get("dstPort").asInt() == port;
    }

    private static boolean isPayload(JsonNode f, int port, String kind) {
        return onPort(f, port) && !f.get("payload").isNull() && kind.equals(f.get("payload").get("kind").asText());
    }

    private static String text(JsonNode f) {
        return f.get("payload").path("text").asText();
    }
}
