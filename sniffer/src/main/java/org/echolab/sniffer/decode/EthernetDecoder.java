package org.echolab.sniffer.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Ethernet II with any number of 802.1Q / 802.1ad VLAN tags.
 *
 * <pre>
 *  0                   6                  12      14
 * +-------------------+-------------------+-------+
 * | destination MAC   | source MAC        | type  |   type = TPID 0x8100/0x88a8/0x9100:
 * +-------------------+-------------------+-------+   a 4-byte tag (TCI + next type) follows
 * </pre>
 */
final class EthernetDecoder {
    static final int DST_OFFSET = 0;
    static final int MAC_SIZE = 6;
    static final int SRC_OFFSET = DST_OFFSET + MAC_SIZE;
    static final int TYPE_OFFSET = SRC_OFFSET + MAC_SIZE;
    static final int HEADER_SIZE = TYPE_OFFSET + 2;
    /** A VLAN tag: 16-bit TCI (PCP 3, DEI 1, VLAN ID 12 bits) then the next EtherType. */
    static final int TAG_SIZE = 4;
    static final int VLAN_ID_MASK = 0x0fff;

    private EthernetDecoder() {
    }

    static int decode(PacketBuilder b) {
        byte[] d = b.data;
        if (!b.require("Ethernet", 0, HEADER_SIZE)) {
            return LinkDecoder.NO_NETWORK_LAYER;
        }
        int typeOffset = TYPE_OFFSET;
        int etherType = Wire.u16(d, typeOffset);
        List<Integer> vlanIds = List.of();
        while (isVlanTpid(etherType)) {
            if (!b.require("Ethernet", typeOffset, 2 + TAG_SIZE)) {
                return LinkDecoder.NO_NETWORK_LAYER;
            }
            if (vlanIds.isEmpty()) {
                vlanIds = new ArrayList<>(2);
            }
            vlanIds.add(Wire.u16(d, typeOffset + 2) & VLAN_ID_MASK);
            typeOffset += TAG_SIZE;
            etherType = Wire.u16(d, typeOffset);
        }
        int length = typeOffset + 2;
        b.link = new LinkHeader.Ethernet(0, length, b.slice(DST_OFFSET, MAC_SIZE),
                b.slice(SRC_OFFSET, MAC_SIZE), etherType, vlanIds);
        return LinkDecoder.isIp(etherType) ? length : LinkDecoder.NO_NETWORK_LAYER;
    }

    private static boolean isVlanTpid(int etherType) {
        return etherType == 0x8100 || etherType == 0x88a8 || etherType == 0x9100;
    }
}
