package org.echolab.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyExchangeTest {
    private static KeyPair server;

    @BeforeAll
    static void generateKey() {
        server = Crypto.newRsaKeyPair();
    }

    @Test
    void keyRecordIsThreeHundredBytesStartingWithElk1() throws IOException {
        byte[] record = KeyRecord.encode(server.getPublic());
        assertEquals(300, record.length);
        // ELK1, then length 0x0126 = 294
        assertEquals("454c4b310126", HexFormat.of().formatHex(record, 0, 6));
        assertEquals(server.getPublic(), KeyRecord.read(new ByteArrayInputStream(record)));
    }

    @Test
    void keyRecordWithOtherMagicIsRejected() {
        byte[] http = HexFormat.of().parseHex("48545450"); // HTTP
        BadMagicException e = assertThrows(BadMagicException.class,
                () -> KeyRecord.read(new ByteArrayInputStream(http)));
        assertEquals("bad magic: expected 454c4b31 (ELK1), got 48545450", e.getMessage());
    }

    @Test
    void keyLengthZeroIsRejected() {
        byte[] record = HexFormat.of().parseHex("454c4b310000"); // ELK1, N = 0
        BadLengthException e = assertThrows(BadLengthException.class,
                () -> KeyRecord.read(new ByteArrayInputStream(record)));
        assertEquals("public key length must be 1..4096, got 0", e.getMessage());
    }

    @Test
    void keyLengthAboveFourKibibytesIsRejected() {
        byte[] record = HexFormat.of().parseHex("454c4b311001"); // ELK1, N = 4097
        assertThrows(BadLengthException.class, () -> KeyRecord.read(new ByteArrayInputStream(record)));
    }

    @Test
    void keyTransportIsOneRsaBlockAndUnwrapsToTheSameKey() throws IOException {
        SecretKey aes = Crypto.newAesKey();
        byte[] wrapped = KeyTransport.wrap(server.getPublic(), aes);
        assertEquals(256, wrapped.length);
        byte[] read = KeyTransport.read(new ByteArrayInputStream(wrapped));
        assertArrayEquals(aes.getEncoded(), KeyTransport.unwrap(server.getPrivate(), read).getEncoded());
    }

    @Test
    void truncatedKeyTransportNamesTheByteCounts() {
        TruncatedException e = assertThrows(TruncatedException.class,
                () -> KeyTransport.read(new ByteArrayInputStream(new byte[100])));
        assertEquals("truncated key transport: connection closed after 100 of 256 bytes", e.getMessage());
    }

    @Test
    void keyTransportForAnotherKeyFailsOaep() {
        byte[] wrapped = KeyTransport.wrap(Crypto.newRsaKeyPair().getPublic(), Crypto.newAesKey());
        KeyTransportException e = assertThrows(KeyTransportException.class,
                () -> KeyTransport.unwrap(server.getPrivate(), wrapped));
        assertTrue(e.getMessage().startsWith("key transport failed OAEP decryption"), e.getMessage());
    }

    @Test
    void keyTransportLargerThanTheModulusFailsOaepLikeAnyGarbage() {
        byte[] garbage = new byte[Wire.KEY_TRANSPORT_SIZE];
        java.util.Arrays.fill(garbage, (byte) 0xFF); // numerically above every 2048-bit modulus
        KeyTransportException e = assertThrows(KeyTransportException.class,
                () -> KeyTransport.unwrap(server.getPrivate(), garbage));
        assertTrue(e.getMessage().startsWith("key transport failed OAEP decryption ("), e.getMessage());
    }

    @Test
    void fingerprintLooksLikeOpenSsh() {
        String fingerprint = Fingerprint.of(server.getPublic());
        assertTrue(Fingerprint.looksLikeFingerprint(fingerprint), fingerprint);
        assertEquals("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", Fingerprint.of(new byte[0]));
    }
}
