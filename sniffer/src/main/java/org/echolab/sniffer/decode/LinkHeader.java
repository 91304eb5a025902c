package org.echolab.sniffer.decode;

/**
 * The link-layer header of a frame. Every variant knows where it starts ({@link #offset()}) and
 * how long it is, so the detail tree and hex view can point at its bytes.
 */
public sealed interface LinkHeader {
    int offset();

    int length();

    /** The EtherType (0x0800 IPv4, 0x86dd IPv6 …) the header announces for what follows. */
    int etherType();

    /** Ethernet II; {@code vlanIds} lists 802.1Q tags outermost first (usually empty). */
    record Ethernet(int offset, int length, Bytes dst, Bytes src, int etherType, java.util.List<Integer> vlanIds)
            implements LinkHeader {
        public Ethernet {
            vlanIds = java.util.List.copyOf(vlanIds);
        }
    }

    /** BSD loopback / OpenBSD loop: a 4-byte address family (2 = IPv4; 24, 28 or 30 = IPv6). */
    record Loopback(int offset, int length, long family, boolean littleEndian, int etherType) implements LinkHeader {
    }

    /** Linux cooked capture v1 (16 bytes). */
    record LinuxSll(int offset, int length, int packetType, int arphrdType, Bytes linkAddress, int etherType)
            implements LinkHeader {
    }

    /** Linux cooked capture v2 (20 bytes), written for {@code -i any}. */
    record LinuxSll2(int offset, int length, int etherType, long interfaceIndex, int arphrdType, int packetType,
            Bytes linkAddress) implements LinkHeader {
    }

    /** No link header at all: the frame starts with the IP header (etherType from the version nibble). */
    record RawIp(int offset, int length, int etherType) implements LinkHeader {
    }
}
