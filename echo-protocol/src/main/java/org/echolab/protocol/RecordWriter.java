package org.echolab.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals plaintext into data records for one direction, counting the sequence from 0.
 * Not thread-safe: one writer per connection and direction.
 */
public final class RecordWriter {
    private final SecretKey key;
    private final Direction direction;
    private final Cipher cipher;
    private long sequence;

    public RecordWriter(SecretKey key, Direction direction) {
        this.key = key;
        this.direction = direction;
        try {
            this.cipher = Crypto.recordCipher();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sequence number the next record will carry. */
    public long nextSequence() {
        return sequence;
    }

    /**
     * One complete record (length, nonce, ciphertext, tag) for {@code plaintext}.
     *
     * @throws IllegalArgumentException if {@code plaintext} is longer than {@link Wire#MAX_PLAINTEXT}
     */
    public byte[] seal(byte[] plaintext, int offset, int length) {
        if (length > Wire.MAX_PLAINTEXT) {
            throw new IllegalArgumentException("plaintext length " + length + " > " + Wire.MAX_PLAINTEXT);
        }
        byte[] nonce = Nonces.of(direction, sequence);
        ByteBuffer record = ByteBuffer.allocate(Wire.RECORD_LENGTH_SIZE + Wire.MIN_RECORD_LENGTH + length);
        record.putInt(Wire.MIN_RECORD_LENGTH + length).put(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(Crypto.TAG_BITS, nonce));
            cipher.updateAAD(nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext, offset, length), record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        sequence++;
        return record.array();
    }

    /** {@link #seal(byte[], int, int)} for a whole array. */
    public byte[] seal(byte[] plaintext) {
        return seal(plaintext, 0, plaintext.length);
    }

    /**
     * Writes {@code message} as as many records as needed (one per {@link Wire#MAX_PLAINTEXT}
     * bytes), then flushes. An empty message writes nothing.
     */
    public void write(OutputStream out, byte[] message) throws IOException {
        for (int offset = 0; offset < message.length; offset += Wire.MAX_PLAINTEXT) {
            out.write(seal(message, offset, Math.min(Wire.MAX_PLAINTEXT, message.length - offset)));
        }
        out.flush();
    }
}
