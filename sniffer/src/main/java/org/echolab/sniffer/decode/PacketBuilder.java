package org.echolab.sniffer.decode;

/**
 * The mutable state of one {@link Decoder#decode} call: each layer decoder fills in its header
 * or records why it could not. Confined to one call, so the decoder stays thread-safe.
 */
final class PacketBuilder {
    /** The captured bytes (never null): the decoder's own copy, never written. */
    final byte[] data;
    /** The same bytes as the packet keeps them; headers and payload are slices of it. */
    final Bytes frame;
    /**
     * Where the frame ends on the wire ({@code frame.len}): lengths that the headers declare are
     * capped here, the way tshark caps its "reported length".
     */
    final int frameEnd;

    LinkHeader link;
    IpHeader ip;
    Transport transport;
    Malformed malformed;

    /** @param data the decoder's copy of the captured bytes, never written afterwards */
    PacketBuilder(byte[] data, int originalLength) {
        this.data = data;
        this.frame = Bytes.wrap(data);
        this.frameEnd = Math.max(originalLength, data.length);
    }

    /** {@code length} captured bytes from {@code offset}, without a copy. */
    Bytes slice(int offset, int length) {
        return frame.slice(offset, length);
    }

    /** Records the first failure; always returns {@code false} so decoders can {@code return fail(...)}. */
    boolean fail(String layer, String kind, int offset, String detail) {
        if (malformed == null) {
            malformed = new Malformed(layer, kind, offset, detail);
        }
        return false;
    }

    /** Checks that {@code need} bytes from {@code offset} were captured, else records {@code truncated}. */
    boolean require(String layer, int offset, int need) {
        int have = data.length - offset;
        if (have >= need) {
            return true;
        }
        return fail(layer, Malformed.TRUNCATED, offset,
                layer + " header needs " + need + " bytes, " + Math.max(have, 0) + " captured");
    }
}
