package org.echolab.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The public key record the secure server sends first: {@code ELK1}, uint16 length N, then N
 * bytes of X.509 SubjectPublicKeyInfo (see {@link Wire}).
 */
public final class KeyRecord {
    private KeyRecord() {
    }

    /** The record announcing {@code key}: 300 bytes for RSA-2048. */
    public static byte[] encode(PublicKey key) {
        byte[] spki = key.getEncoded();
        return ByteBuffer.allocate(Wire.KEY_RECORD_HEADER_SIZE + spki.length)
                .put(Wire.KEY_RECORD_MAGIC)
                .putShort((short) spki.length)
                .put(spki)
                .array();
    }

    /**
     * Reads one key record.
     *
     * @throws BadMagicException if the first four bytes are not {@code ELK1}
     * @throws BadLengthException if N is outside 1..4096 (nothing is allocated then)
     * @throws TruncatedException if the stream ends inside the record
     */
    public static PublicKey read(InputStream in) throws IOException {
        byte[] magic = new byte[Wire.KEY_RECORD_MAGIC_SIZE];
        StreamIo.readRequired(in, magic, "protocol.truncated.keyRecord");
        if (!Arrays.equals(magic, Wire.KEY_RECORD_MAGIC)) {
            throw new BadMagicException("protocol.badMagic",
                    HexFormat.of().formatHex(Wire.KEY_RECORD_MAGIC), HexFormat.of().formatHex(magic));
        }
        byte[] length = new byte[Wire.KEY_LENGTH_SIZE];
        StreamIo.readRequired(in, length, "protocol.truncated.keyRecord");
        int n = ByteBuffer.wrap(length).getShort() & 0xFFFF;
        if (n < Wire.MIN_KEY_LENGTH || n > Wire.MAX_KEY_LENGTH) {
            throw new BadLengthException("protocol.badKeyLength", Wire.MIN_KEY_LENGTH, Wire.MAX_KEY_LENGTH, n);
        }
        byte[] spki = new byte[n];
        StreamIo.readRequired(in, spki, "protocol.truncated.keyRecord");
        try {
            return Crypto.rsaPublicKey(spki);
        } catch (GeneralSecurityException e) {
            throw new ProtocolException("protocol.badKey", e.getMessage());
        }
    }
}
