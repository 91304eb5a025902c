package org.echolab.sniffer.decode;

/**
 * Why a frame could not be fully decoded. The layer named here is {@code null} in the
 * {@link Packet}; the layers below it stay decoded.
 *
 * <p>Stable {@code kind} keys (the explain layer maps them to messages):
 * <ul>
 *   <li>{@code truncated}: the capture ends before the header does (snaplen or a cut frame);
 *       {@code offset} is where the truncated header starts.</li>
 *   <li>{@code unsupported_link_type}: the capture's link type is not one of {@link LinkType}.</li>
 *   <li>{@code bad_version}: the IP version nibble does not match what the link layer announced
 *       (or is neither 4 nor 6 on raw IP).</li>
 *   <li>{@code bad_header_length}: IPv4 IHL &lt; 5 or TCP data offset &lt; 5.</li>
 *   <li>{@code bad_total_length}: the IPv4 total length is smaller than its header.</li>
 *   <li>{@code bad_payload_length}: IPv6 extension headers run past the declared payload length.</li>
 *   <li>{@code short_segment}: the IP payload is too short for the TCP header that its data offset
 *       (or the 20-byte minimum) demands; tshark's "Short segment".</li>
 *   <li>{@code bad_length}: the UDP length field is below 8 or beyond the IP payload.</li>
 * </ul>
 * A malformed TCP option is not a malformed packet (tshark only adds an expert note): it becomes a
 * {@link TcpOption.Malformed} inside an otherwise decoded segment.
 *
 * @param layer the layer that failed: {@code "Ethernet"}, {@code "Loopback"}, {@code "Linux SLL"},
 *     {@code "Linux SLL2"}, {@code "Raw IP"}, {@code "Link"}, {@code "IPv4"}, {@code "IPv6"},
 *     {@code "TCP"} or {@code "UDP"}
 * @param kind a stable machine-readable key from the list above
 * @param offset where in the frame the problem was found: the offending field, or the start of
 *     the header for {@code truncated}
 * @param detail technical detail with the numbers involved ("header length 16 &lt; 20")
 */
public record Malformed(String layer, String kind, int offset, String detail) {
    public static final String TRUNCATED = "truncated";
    public static final String UNSUPPORTED_LINK_TYPE = "unsupported_link_type";
    public static final String BAD_VERSION = "bad_version";
    public static final String BAD_HEADER_LENGTH = "bad_header_length";
    public static final String BAD_TOTAL_LENGTH = "bad_total_length";
    public static final String BAD_PAYLOAD_LENGTH = "bad_payload_length";
    public static final String SHORT_SEGMENT = "short_segment";
    public static final String BAD_LENGTH = "bad_length";
}
