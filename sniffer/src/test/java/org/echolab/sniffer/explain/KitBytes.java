package org.echolab.sniffer.explain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Random;

/** Byte fixtures in the secure pair's wire format (see {@link KitRecord} for the layout). */
final class KitBytes {
    private KitBytes() {
    }

    /** {@code ELK1 | N (uint16) | N bytes}: 300 bytes for an RSA-2048 key (N = 294). */
    static byte[] publicKeyRecord(int n) {
        ByteBuffer b = ByteBuffer.allocate(6 + n).put(new byte[] {'E', 'L', 'K', '1'}).putShort((short) n);
        byte[] der = random(n, 7);
        der[0] = 0x30;
        return b.put(der).array();
    }

    /** 256 bytes standing in for RSA-OAEP(AES key): uniformly random, as real ones look. */
    static byte[] wrappedKey() {
        return random(256, 11);
    }

    /** {@code L | direction | sequence | ciphertext (c bytes) | tag (16)}, L = 28 + c. */
    static byte[] record(int direction, long sequence, int c) {
        return ByteBuffer.allocate(4 + 28 + c).putInt(28 + c).putInt(direction).putLong(sequence)
                .put(random(c + 16, 13 + c)).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    /** Reproducible "random" bytes: a fixed seed, so tests never depend on the clock. */
    static byte[] random(int n, long seed) {
        byte[] out = new byte[n];
        new Random(seed).nextBytes(out);
        return out;
    }
}
