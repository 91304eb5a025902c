package org.echolab.sniffer.decode;

/**
 * One decoded frame: where it came from and the layers that could be decoded.
 *
 * <p>Decoding never throws. A layer that could not be decoded is {@code null}, and
 * {@link #malformed()} says why and where; the layers before it stay available (a truncated TCP
 * header still has its IP addresses).
 *
 * @param number 1-based frame number, as Wireshark counts
 * @param timestampNanos capture time, nanoseconds since the Unix epoch
 * @param linkType the pcap LINKTYPE_* of the capture
 * @param capturedLength bytes present in {@code raw}
 * @param originalLength bytes on the wire (frame.len)
 * @param raw the captured bytes, for the hex view
 */
public record Packet(long number, long timestampNanos, int linkType, int capturedLength, int originalLength,
        Bytes raw, LinkHeader link, IpHeader ip, Transport transport, Malformed malformed) {

    public boolean isMalformed() {
        return malformed != null;
    }

    public Transport.Tcp tcp() {
        return transport instanceof Transport.Tcp t ? t : null;
    }

    public Transport.Udp udp() {
        return transport instanceof Transport.Udp u ? u : null;
    }
}
