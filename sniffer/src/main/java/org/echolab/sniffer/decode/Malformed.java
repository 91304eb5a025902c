package org.echolab.sniffer.decode;

/**
 * Why a frame could not be fully decoded.
 *
 * @param layer the layer that failed ({@code "Ethernet"}, {@code "IPv4"}, {@code "TCP"} …)
 * @param kind a stable machine-readable key, e.g. {@code truncated}, {@code bad_header_length},
 *     {@code bad_version}, {@code unsupported_link_type}; the explain layer maps it to a message
 * @param offset where in the frame the problem was found
 * @param detail technical detail with the numbers involved ("header length 4 < 20")
 */
public record Malformed(String layer, String kind, int offset, String detail) {
}
