package org.echolab.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.HexFormat;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Fingerprint;
import org.echolab.server.PlainEchoServer;
import org.echolab.server.SecureEchoServer;
import org.echolab.server.ServerConfig;
import org.echolab.server.ServerLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a packet capture between the client and the server would see. */
class WireTest {
    private static final byte[] HELLO = "HELLO".getBytes(StandardCharsets.UTF_8);
    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() {
        keys = Crypto.newRsaKeyPair();
    }

    @Test
    void plainPairPutsHelloOnTheWireBothWays() throws Exception {
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard());
             RecordingRelay relay = new RecordingRelay(server.port())) {
            CliRun run = CliRun.of("plain", "--port", "" + relay.port(), "-m", "HELLO");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("HELLO" + System.lineSeparator(), run.out());
            assertArrayEquals(HELLO, relay.clientToServer());
            assertArrayEquals(HELLO, relay.serverToClient());
        }
    }

    @Test
    void securePairNeverPutsHelloOnTheWire() throws Exception {
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, ServerLog.discard());
             RecordingRelay relay = new RecordingRelay(server.port())) {
            CliRun run = CliRun.of("secure", "--port", "" + relay.port(), "-m", "HELLO",
                    "--server-key", Fingerprint.of(keys.getPublic()));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("HELLO" + System.lineSeparator(), run.out());
            byte[] up = relay.clientToServer();
            byte[] down = relay.serverToClient();
            assertFalse(contains(up, HELLO));
            assertFalse(contains(down, HELLO));
            // server -> client: the 300-byte key record, then one 37-byte record
            assertEquals(300 + 37, down.length);
            assertEquals("454c4b310126", HexFormat.of().formatHex(down, 0, 6)); // ELK1, N = 294
            assertEquals("00000021" + "00000002" + "0000000000000000", HexFormat.of().formatHex(down, 300, 316));
            // client -> server: the 256-byte key transport, then HELLO as one 37-byte record
            assertEquals(256 + 37, up.length);
            assertEquals("00000021" + "00000001" + "0000000000000000", HexFormat.of().formatHex(up, 256, 272));
        }
    }

    @Test
    void flippedBitInTheClientRecordIsRejectedAndOthersAreStillServed() throws Exception {
        ServerLines lines = new ServerLines();
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, lines.log);
             RecordingRelay relay = new RecordingRelay(server.port(), RecordingRelay.flipBitAt(256 + 20))) {
            String pin = Fingerprint.of(keys.getPublic());
            CliRun tampered = CliRun.of("secure", "--port", "" + relay.port(), "-m", "HELLO", "--server-key", pin);
            assertEquals(1, tampered.exitCode());
            assertTrue(tampered.err().contains("error: the server at 127.0.0.1:"), tampered.err());
            String line = lines.await("modified record: GCM tag check failed for sequence 0");
            assertTrue(line.contains("127.0.0.1:"), line);
            CliRun honest = CliRun.of("secure", "--port", "" + server.port(), "-m", "HELLO", "--server-key", pin);
            assertEquals("HELLO" + System.lineSeparator(), honest.out());
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
