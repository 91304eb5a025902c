package org.echolab.sniffer.decode;

/**
 * Turns one captured frame into a {@link Packet}. Pure, thread-safe and never throws: anything
 * that cannot be decoded becomes {@link Packet#malformed()}, and the layers decoded before the
 * problem stay in the packet.
 *
 * <p>Layer by layer: the link header ({@link LinkType}: Ethernet II with VLAN tags, BSD/OpenBSD
 * loopback, Linux SLL/SLL2, raw IP), then IPv4 or IPv6 (non-IP EtherTypes such as ARP stop
 * there, without being malformed), then TCP or UDP. Lengths follow tshark: TCP's
 * {@code segmentLength} comes from the IP header capped at the frame length, while payload bytes
 * are only those captured.
 */
public final class Decoder {
    private static final byte[] NO_BYTES = new byte[0];

    private Decoder() {
    }

    /**
     * @param number 1-based frame number
     * @param timestampNanos capture time in nanoseconds since the epoch
     * @param linkType the capture's LINKTYPE_* (see {@link LinkType})
     * @param data the captured bytes (not retained: copied as needed); null reads as empty
     * @param originalLength the frame's length on the wire
     */
    public static Packet decode(long number, long timestampNanos, int linkType, byte[] data, int originalLength) {
        // One copy of the frame; every header and the payload are slices of it.
        return decodeOwned(number, timestampNanos, linkType, data == null ? NO_BYTES : data.clone(), originalLength);
    }

    /**
     * Like {@link #decode} without the copy: the packet keeps {@code data} itself (its headers and
     * payload are slices of it), so the caller hands the array over and never writes to it again
     * (the file readers allocate one per frame).
     */
    public static Packet decodeOwned(long number, long timestampNanos, int linkType, byte[] data, int originalLength) {
        byte[] frame = data == null ? NO_BYTES : data;
        PacketBuilder b = new PacketBuilder(frame, originalLength);
        int networkOffset = LinkDecoder.decode(linkType, b);
        if (networkOffset >= 0) {
            if (b.link.etherType() == LinkDecoder.ETHERTYPE_IPV4) {
                Ipv4Decoder.decode(b, networkOffset);
            } else {
                Ipv6Decoder.decode(b, networkOffset);
            }
        }
        return new Packet(number, timestampNanos, linkType, frame.length, originalLength, b.frame,
                b.link, b.ip, b.transport, b.malformed);
    }
}
