package org.echolab.sniffer.decode;

/**
 * The pcap link-layer header types the kit decodes (LINKTYPE_* values of the pcap file header,
 * see https://www.tcpdump.org/linktypes.html).
 */
public final class LinkType {
    /** BSD loopback: 4-byte address family in the capturing host's byte order (macOS lo0). */
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    /** Raw IP (LINKTYPE_RAW); some platforms also write DLT_RAW as 12 or 14. */
    public static final int RAW = 101;
    public static final int RAW_ALT_12 = 12;
    public static final int RAW_ALT_14 = 14;
    /** OpenBSD loopback: like NULL but the family is always big-endian. */
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private LinkType() {
    }

    /** A short name for the detail tree and errors; unknown values render as {@code unknown (N)}. */
    public static String name(int linkType) {
        return switch (linkType) {
            case NULL -> "BSD loopback";
            case ETHERNET -> "Ethernet";
            case RAW, RAW_ALT_12, RAW_ALT_14 -> "Raw IP";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL -> "Linux cooked capture v1";
            case LINUX_SLL2 -> "Linux cooked capture v2";
            case IPV4 -> "Raw IPv4";
            case IPV6 -> "Raw IPv6";
            default -> "unknown (" + linkType + ")";
        };
    }

    public static boolean isSupported(int linkType) {
        return !name(linkType).startsWith("unknown");
    }
}
