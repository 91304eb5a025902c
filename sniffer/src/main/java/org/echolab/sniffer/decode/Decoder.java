package org.echolab.sniffer.decode;

/**
 * Turns one captured frame into a {@link Packet}. Pure, thread-safe and never throws: anything
 * that cannot be decoded becomes {@link Packet#malformed()}.
 */
public final class Decoder {
    private Decoder() {
    }

    /**
     * @param number 1-based frame number
     * @param timestampNanos capture time in nanoseconds since the epoch
     * @param linkType the capture's LINKTYPE_* (see {@link LinkType})
     * @param data the captured bytes (not retained: copied as needed)
     * @param originalLength the frame's length on the wire
     */
    public static Packet decode(long number, long timestampNanos, int linkType, byte[] data, int originalLength) {
        throw new UnsupportedOperationException("TODO: decoder");
    }
}
