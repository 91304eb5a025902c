package org.echolab.protocol;

import java.nio.ByteBuffer;

/**
 * The only place where a GCM nonce is made: direction (uint32) followed by sequence (uint64),
 * big-endian. The same 12 bytes are the record's AAD, so a record cannot be moved to another
 * position or direction without failing authentication.
 */
final class Nonces {
    private Nonces() {
    }

    static byte[] of(Direction direction, long sequence) {
        return ByteBuffer.allocate(Wire.NONCE_SIZE)
                .putInt(direction.number())
                .putLong(sequence)
                .array();
    }

    /** The direction number written in {@code nonce}. */
    static long directionOf(byte[] nonce) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(nonce).getInt(0));
    }

    /** The sequence number written in {@code nonce}. */
    static String sequenceOf(byte[] nonce) {
        return Long.toUnsignedString(ByteBuffer.wrap(nonce).getLong(Wire.DIRECTION_SIZE));
    }
}
