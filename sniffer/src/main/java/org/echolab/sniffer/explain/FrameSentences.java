package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.Malformed;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/** Sentences for everything that is not an analysed TCP segment: damage, UDP, other IP, non-IP. */
final class FrameSentences {
    private static final int ETHERTYPE_ARP = 0x0806;
    private static final int PROTO_ICMP = 1;
    private static final int PROTO_ICMPV6 = 58;

    /** Malformed kinds with a message of their own; anything else falls back to {@code malformed.generic}. */
    static final List<String> MALFORMED_KINDS = List.of(Malformed.TRUNCATED, Malformed.UNSUPPORTED_LINK_TYPE,
            Malformed.BAD_VERSION, Malformed.BAD_HEADER_LENGTH, Malformed.BAD_TOTAL_LENGTH,
            Malformed.BAD_PAYLOAD_LENGTH, Malformed.SHORT_SEGMENT, Malformed.BAD_LENGTH);

    private FrameSentences() {
    }

    /** "Frame 17 is malformed: TCP header length 12 &lt; 20 …"; every malformed key takes these arguments. */
    static Sentence malformed(long frame, Malformed m) {
        return Sentence.of(Labels.malformedKeyOf(m.kind()), frame, m.layer(), m.offset(), m.detail(), m.kind());
    }

    /** Adds a sentence for each malformed option of {@code t} to {@code out}. */
    static void tcpOptions(Transport.Tcp t, List<Sentence> out) {
        for (TcpOption o : t.options()) {
            if (o instanceof TcpOption.Malformed m) {
                out.add(Sentence.of("tcp.option.malformed", m.kind(), m.reason()));
            }
        }
    }

    /** A TCP segment without analysis (it should not happen once the analyzer runs). */
    static List<Sentence> tcpUnanalysed(Transport.Tcp t, PayloadView view) {
        List<Sentence> out = new ArrayList<>();
        out.add(Sentence.of("tcp.unanalysed", t.srcPort(), t.dstPort(), t.segmentLength()));
        PayloadSentences.of(view, out);
        return out;
    }

    static List<Sentence> udp(Transport.Udp u, PayloadView view) {
        List<Sentence> out = new ArrayList<>();
        out.add(Sentence.of("udp.summary", u.srcPort(), u.dstPort(), u.payload().length()));
        if (view != null && view.payloadKind() == PayloadKind.TEXT) {
            PayloadSentences.of(view, out);
        }
        return out;
    }

    /** An IP packet whose transport was not decoded. */
    static Sentence ip(Packet p) {
        IpHeader ip = p.ip();
        if (ip instanceof IpHeader.Ipv4 v4 && v4.isFragment()) {
            return Sentence.of("ip.fragment", v4.fragmentOffset() * 8, v4.protocol());
        }
        if (ip.protocol() == PROTO_ICMP || ip.protocol() == PROTO_ICMPV6) {
            return Sentence.of("ip.icmp", ip.protocol());
        }
        return Sentence.of("ip.other", ip.protocol());
    }

    /** A frame with a link layer but no IP. */
    static Sentence link(Packet p) {
        int type = p.link().etherType();
        if (type == ETHERTYPE_ARP) {
            return Sentence.of("link.arp");
        }
        return Sentence.of("link.non_ip", p.number(), String.format("%04x", type));
    }

    static Sentence undecoded(Packet p) {
        return Sentence.of("frame.undecoded", p.number());
    }
}
