package org.echolab.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.Wire;
import org.echolab.server.SecureEchoServer;
import org.echolab.server.ServerConfig;
import org.echolab.server.ServerLog;
import org.junit.jupiter.api.Test;

/**
 * GCM is broken the moment one key encrypts two records under the same nonce. This test reads
 * the nonces off the wire (through a relay) for many records and reconnects, recovers each
 * session's AES key from its key transport with the server's private key, and checks that no
 * (key, nonce) pair ever repeats and that every nonce has the documented layout.
 */
class NonceUniquenessTest {
    private static final int SESSIONS = 8;
    private static final int MESSAGES = 30;

    @Test
    void noKeyAndNoncePairRepeatsAcrossRecordsAndReconnects() throws Exception {
        KeyPair keys = Crypto.newRsaKeyPair();
        String pin = Fingerprint.of(keys.getPublic());
        Set<String> sessionKeys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Random random = new Random(42);
        int records = 0;
        try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(), keys, ServerLog.discard())) {
            for (int session = 0; session < SESSIONS; session++) {
                byte[] up;
                byte[] down;
                try (RecordingRelay relay = new RecordingRelay(server.port())) {
                    try (SecureEchoClient client = SecureEchoClient.connect(ClientSettings.loopback(relay.port()), pin)) {
                        for (int m = 0; m < MESSAGES; m++) {
                            // Now and then a message longer than one record, so it is split.
                            byte[] message = new byte[m % 10 == 9 ? Wire.MAX_PLAINTEXT + 1000 : 1 + random.nextInt(200)];
                            random.nextBytes(message);
                            assertArrayEquals(message, client.echo(message));
                        }
                    }
                    up = relay.clientToServer();
                    down = relay.serverToClient();
                }
                byte[] wrapped = java.util.Arrays.copyOf(up, Wire.KEY_TRANSPORT_SIZE);
                String key = HexFormat.of().formatHex(KeyTransport.unwrap(keys.getPrivate(), wrapped).getEncoded());
                assertTrue(sessionKeys.add(key), "the client reused an AES key on reconnect");
                int upRecords = checkRecords(up, Wire.KEY_TRANSPORT_SIZE, Wire.DIRECTION_CLIENT_TO_SERVER, key, pairs);
                int downRecords = checkRecords(down, 6 + Wire.RSA_2048_SPKI_SIZE, Wire.DIRECTION_SERVER_TO_CLIENT, key, pairs);
                assertEquals(upRecords, downRecords, "the server echoes each record as one record");
                records += upRecords + downRecords;
            }
        }
        assertEquals(records, pairs.size());
        assertTrue(records >= SESSIONS * MESSAGES * 2, "records seen: " + records);
    }

    /**
     * Walks the records of one direction from {@code offset}: every nonce must be
     * (direction, 0), (direction, 1) … and each (key, nonce) pair must be new. Returns the count.
     */
    private static int checkRecords(byte[] stream, int offset, int direction, String key, Set<String> pairs) {
        ByteBuffer wire = ByteBuffer.wrap(stream);
        long sequence = 0;
        int position = offset;
        while (position < stream.length) {
            int length = wire.getInt(position);
            assertTrue(length >= Wire.MIN_RECORD_LENGTH && length <= Wire.MAX_RECORD_LENGTH, "L = " + length);
            int nonce = position + Wire.RECORD_LENGTH_SIZE;
            assertEquals(direction, wire.getInt(nonce), "direction field");
            assertEquals(sequence, wire.getLong(nonce + Wire.DIRECTION_SIZE), "sequence field");
            String pair = key + "/" + HexFormat.of().formatHex(stream, nonce, nonce + Wire.NONCE_SIZE);
            assertTrue(pairs.add(pair), "repeated (key, nonce): " + pair);
            sequence++;
            position = nonce + length;
        }
        assertEquals(stream.length, position, "the stream ends on a record boundary");
        return (int) sequence;
    }
}
