package org.echolab.sniffer.decode;

/**
 * Bounds-unaware big- and little-endian readers for the decoders. Callers check lengths first;
 * these helpers only assemble bytes, so they stay tiny enough for the JIT to inline.
 */
final class Wire {
    private Wire() {
    }

    static int u8(byte[] d, int i) {
        return d[i] & 0xff;
    }

    static int u16(byte[] d, int i) {
        return ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
    }

    static long u32(byte[] d, int i) {
        return ((long) (d[i] & 0xff) << 24) | ((d[i + 1] & 0xff) << 16) | ((d[i + 2] & 0xff) << 8)
                | (d[i + 3] & 0xff);
    }

    static long u32le(byte[] d, int i) {
        return ((long) (d[i + 3] & 0xff) << 24) | ((d[i + 2] & 0xff) << 16) | ((d[i + 1] & 0xff) << 8)
                | (d[i] & 0xff);
    }
}
