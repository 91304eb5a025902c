package org.echolab.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Opens the data records of one direction, expecting sequence 0, 1, 2 … and nothing else.
 * Not thread-safe: one reader per connection and direction.
 */
public final class RecordReader {
    private final SecretKey key;
    private final Direction direction;
    private final Cipher cipher;
    private long expected;

    public RecordReader(SecretKey key, Direction direction) {
        this.key = key;
        this.direction = direction;
        try {
            this.cipher = Crypto.recordCipher();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sequence number the next record must carry. */
    public long expectedSequence() {
        return expected;
    }

    /**
     * Reads and opens the next record.
     *
     * @return the plaintext, or {@code null} if the stream ended cleanly between records
     * @throws BadLengthException if L is outside 28..65536 (checked before allocating)
     * @throws ReplayedRecordException if the nonce is not (direction, expected sequence)
     * @throws TamperedRecordException if the GCM tag does not verify
     * @throws TruncatedException if the stream ends inside a record
     */
    public byte[] read(InputStream in) throws IOException {
        byte[] header = new byte[Wire.RECORD_LENGTH_SIZE];
        if (!StreamIo.readFully(in, header, "protocol.truncated.record")) {
            return null;
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt());
        if (length < Wire.MIN_RECORD_LENGTH || length > Wire.MAX_RECORD_LENGTH) {
            throw new BadLengthException("protocol.badRecordLength",
                    Wire.MIN_RECORD_LENGTH, Wire.MAX_RECORD_LENGTH, Long.toString(length));
        }
        byte[] body = new byte[(int) length];
        StreamIo.readRequired(in, body, "protocol.truncated.record");
        return open(body);
    }

    /** Opens a record body (everything after the length field). */
    byte[] open(byte[] body) throws ProtocolException {
        byte[] nonce = Arrays.copyOf(body, Wire.NONCE_SIZE);
        byte[] wanted = Nonces.of(direction, expected);
        if (!Arrays.equals(nonce, wanted)) {
            if (Nonces.directionOf(nonce) != direction.number()) {
                throw new ReplayedRecordException("protocol.wrongDirection",
                        direction.number(), Long.toString(Nonces.directionOf(nonce)));
            }
            throw new ReplayedRecordException("protocol.replayed",
                    Long.toString(expected), Nonces.sequenceOf(nonce));
        }
        byte[] plaintext;
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(Crypto.TAG_BITS, nonce));
            cipher.updateAAD(nonce);
            plaintext = cipher.doFinal(body, Wire.NONCE_SIZE, body.length - Wire.NONCE_SIZE);
        } catch (AEADBadTagException e) {
            throw new TamperedRecordException("protocol.tampered", Long.toString(expected));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        expected++;
        return plaintext;
    }
}
