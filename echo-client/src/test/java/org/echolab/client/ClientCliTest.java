package org.echolab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Direction;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.PemFiles;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;
import org.echolab.server.PlainEchoServer;
import org.echolab.server.SecureEchoServer;
import org.echolab.server.ServerConfig;
import org.echolab.server.ServerLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCliTest {
    private static KeyPair keys;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateKeys() {
        keys = Crypto.newRsaKeyPair();
    }

    @Test
    void plainClientExitsOneWhenNoServerListens() throws IOException {
        CliRun run = CliRun.of("plain", "--port", "" + freePort(), "-m", "HELLO");
        assertEquals(1, run.exitCode());
        assertOneLine(run.err(), "error: no echo server at 127.0.0.1:", "start one with scripts/echo-server plain");
    }

    @Test
    void secureClientExitsOneWhenNoServerListens() throws IOException {
        CliRun run = CliRun.of("secure", "--port", "" + freePort(), "-m", "HELLO");
        assertEquals(1, run.exitCode());
        assertOneLine(run.err(), "error: no echo server at 127.0.0.1:", "start one with scripts/echo-server secure");
    }

    @Test
    void plainClientAgainstTheSecureServerSaysToUseSecure() throws IOException {
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, ServerLog.discard())) {
            CliRun run = CliRun.of("plain", "--port", "" + server.port(), "-m", "HELLO");
            assertEquals(1, run.exitCode());
            assertOneLine(run.err(), "is the secure echo server", "use echo-client secure");
        }
    }

    @Test
    void secureClientAgainstThePlainServerSuggestsPlain() throws IOException {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard())) {
            CliRun run = CliRun.of("secure", "--port", "" + server.port(), "-m", "HELLO", "--timeout", "1",
                    "--known-servers", dir.resolve("known").toString());
            assertEquals(1, run.exitCode());
            assertOneLine(run.err(), "no public key record from 127.0.0.1:", "within 1 s", "use echo-client plain");
        }
    }

    @Test
    void wrongPinnedKeyIsRefusedWithBothFingerprints() throws IOException {
        Path otherKey = dir.resolve("other.pub.pem");
        KeyPair other = Crypto.newRsaKeyPair();
        Files.writeString(otherKey, PemFiles.publicKeyPem(other.getPublic()));
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, ServerLog.discard())) {
            CliRun run = CliRun.of("secure", "--port", "" + server.port(), "-m", "HELLO",
                    "--server-key", otherKey.toString());
            assertEquals(1, run.exitCode());
            assertOneLine(run.err(), "SERVER KEY MISMATCH", Fingerprint.of(other.getPublic()),
                    Fingerprint.of(keys.getPublic()), "REFUSING");
            assertEquals("", run.out());
        }
    }

    @Test
    void firstUseIsRememberedAndAChangedKeyIsRefused() throws IOException {
        Path known = dir.resolve("home/known_servers");
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, ServerLog.discard())) {
            String address = "127.0.0.1:" + server.port();
            String[] args = {"secure", "--port", "" + server.port(), "-m", "HELLO", "--known-servers", known.toString()};
            CliRun first = CliRun.of(args);
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.err().contains("new server key, fingerprint " + server.fingerprint()
                    + ", remembered in " + known), first.err());
            assertEquals(address + " " + server.fingerprint(), Files.readString(known).trim());
            assertEquals(0, CliRun.of(args).exitCode());

            String remembered = Fingerprint.of(Crypto.newRsaKeyPair().getPublic());
            Files.writeString(known, address + " " + remembered + "\n");
            CliRun changed = CliRun.of(args);
            assertEquals(1, changed.exitCode());
            assertOneLine(changed.err(), "SERVER KEY CHANGED for " + address, remembered, server.fingerprint());
        }
    }

    @Test
    void interactiveModeSendsEachLineWithoutItsNewline() throws IOException {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard())) {
            CliRun run = CliRun.withInput("HELLO\n\n안녕\n", "plain", "--port", "" + server.port());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("HELLO" + System.lineSeparator() + "안녕" + System.lineSeparator(), run.out());
        }
    }

    @Test
    void serverClosingInsideARecordIsReported() throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> halfRecordThenClose(fake));
            server.setDaemon(true);
            server.start();
            CliRun run = CliRun.of("secure", "--port", "" + fake.getLocalPort(), "-m", "HELLO",
                    "--server-key", Fingerprint.of(keys.getPublic()));
            assertEquals(1, run.exitCode());
            assertOneLine(run.err(), "the secure session with 127.0.0.1:", "failed",
                    "connection closed inside a record after 10 of 33 bytes");
        }
    }

    @Test
    void silentServerTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("plain", "--port", "" + silent.getLocalPort(), "-m", "HELLO", "--timeout", "1");
            assertEquals(1, run.exitCode());
            assertOneLine(run.err(), "timed out after 1 s waiting for the echo", "(0 of 5 bytes received)");
        }
    }

    /** A fake secure server that answers the first record with only 14 of its 37 bytes. */
    private static void halfRecordThenClose(ServerSocket fake) {
        try (Socket socket = fake.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write(KeyRecord.encode(keys.getPublic()));
            SecretKey key = KeyTransport.unwrap(keys.getPrivate(), KeyTransport.read(in));
            byte[] hello = new RecordReader(key, Direction.CLIENT_TO_SERVER).read(in);
            byte[] echo = new RecordWriter(key, Direction.SERVER_TO_CLIENT).seal(hello);
            out.write(Arrays.copyOf(echo, 14));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertOneLine(String err, String... parts) {
        String[] lines = err.strip().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("error: "), err);
        for (String part : parts) {
            assertTrue(last.contains(part), () -> "'" + part + "' missing in: " + err);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
