package org.echolab.sniffer.render;

import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkHeader;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/** The per-layer subtrees of the detail view, field by field as Wireshark lays them out. */
final class LayerTrees {
    /**
     * TCP's 12 flag bits, high to low (RFC 9293 + AE); the first three are reserved, which the
     * decoder does not keep, so they print as one "Not set" line as Wireshark prints them.
     */
    private static final int[] FLAG_BITS = {0x800, 0x400, 0x200, TcpFlags.AE, TcpFlags.CWR, TcpFlags.ECE,
        TcpFlags.URG, TcpFlags.ACK, TcpFlags.PSH, TcpFlags.RST, TcpFlags.SYN, TcpFlags.FIN};

    private LayerTrees() {
    }

    static void link(Tree t, Packet p) {
        LinkHeader l = p.link();
        if (l instanceof LinkHeader.Ethernet e) {
            t.line(0, "detail.eth", mac(e.src()), mac(e.dst()));
            t.line(1, "detail.eth.dst", mac(e.dst()));
            t.line(1, "detail.eth.src", mac(e.src()));
            for (int vlan : e.vlanIds()) {
                t.line(1, "detail.eth.vlan", vlan);
            }
            t.line(1, "detail.eth.type", etherTypeName(e.etherType()), Columns.hex4(e.etherType()));
        } else if (l instanceof LinkHeader.Loopback lo) {
            t.line(0, "detail.null", lo.family());
        } else if (l instanceof LinkHeader.LinuxSll s) {
            t.line(0, "detail.sll", s.packetType(), s.arphrdType(), Columns.hex4(s.etherType()));
        } else if (l instanceof LinkHeader.LinuxSll2 s) {
            t.line(0, "detail.sll2", s.interfaceIndex(), s.packetType(), Columns.hex4(s.etherType()));
        } else if (l instanceof LinkHeader.RawIp) {
            t.line(0, "detail.rawip");
        }
    }

    static void ip(Tree t, Packet p) {
        IpHeader ip = p.ip();
        if (ip instanceof IpHeader.Ipv4 v) {
            t.line(0, "detail.ipv4", v.src(), v.dst());
            t.line(1, "detail.ipv4.version");
            t.line(1, "detail.ipv4.hdrLen", v.headerLength(), v.headerLength() / 4, bits4(v.headerLength() / 4));
            t.line(1, "detail.ipv4.dsfield", v.dscp(), v.ecn());
            t.line(1, "detail.ipv4.totalLen", v.totalLength());
            t.line(1, "detail.ipv4.id", Columns.hex4(v.identification()), v.identification());
            t.line(1, "detail.ipv4.flags", (v.flags() & IpHeader.Ipv4.FLAG_DONT_FRAGMENT) != 0 ? "DF" : "-",
                    (v.flags() & IpHeader.Ipv4.FLAG_MORE_FRAGMENTS) != 0 ? "MF" : "-");
            t.line(1, "detail.ipv4.fragOffset", v.fragmentOffset() * 8);
            t.line(1, "detail.ipv4.ttl", v.ttl());
            t.line(1, "detail.ipv4.proto", Columns.protocol(p), v.protocol());
            t.line(1, "detail.ipv4.checksum", Columns.hex4(v.checksum()));
            t.line(1, "detail.ipv4.src", v.src());
            t.line(1, "detail.ipv4.dst", v.dst());
        } else if (ip instanceof IpHeader.Ipv6 v) {
            t.line(0, "detail.ipv6", v.src(), v.dst());
            t.line(1, "detail.ipv6.version");
            t.line(1, "detail.ipv6.tclass", "0x" + Integer.toHexString(v.trafficClass()));
            t.line(1, "detail.ipv6.flow", "0x" + Integer.toHexString(v.flowLabel()));
            t.line(1, "detail.ipv6.plen", v.declaredPayloadLength());
            t.line(1, "detail.ipv6.nxt", v.nextHeader());
            t.line(1, "detail.ipv6.hlim", v.hopLimit());
            t.line(1, "detail.ipv6.src", v.src());
            t.line(1, "detail.ipv6.dst", v.dst());
        }
    }

    static void transport(Tree t, Dissection d) {
        Packet p = d.packet();
        if (p.transport() instanceof Transport.Tcp tcp) {
            tcp(t, tcp, d.tcp());
        } else if (p.transport() instanceof Transport.Udp u) {
            t.line(0, "detail.udp", u.srcPort(), u.dstPort());
            t.line(1, "detail.udp.srcport", u.srcPort());
            t.line(1, "detail.udp.dstport", u.dstPort());
            t.line(1, "detail.udp.length", u.length());
            t.line(1, "detail.udp.checksum", Columns.hex4(u.checksum()));
        }
    }

    private static void tcp(Tree t, Transport.Tcp tcp, TcpAnalysis a) {
        long seq = a != null ? a.relSeq() : tcp.seq();
        t.line(0, "detail.tcp", tcp.srcPort(), tcp.dstPort(), seq, tcp.segmentLength());
        t.line(1, "detail.tcp.srcport", tcp.srcPort());
        t.line(1, "detail.tcp.dstport", tcp.dstPort());
        if (a != null) {
            t.line(1, "detail.tcp.stream", a.stream());
        }
        t.line(1, "detail.tcp.len", tcp.segmentLength());
        t.line(1, a != null ? "detail.tcp.seq" : "detail.tcp.seqAbs", seq);
        t.line(1, "detail.tcp.seqRaw", tcp.seq());
        if (a != null && a.nextSeq() >= 0) {
            t.line(1, "detail.tcp.nxtseq", a.nextSeq());
        }
        t.line(1, a != null ? "detail.tcp.ack" : "detail.tcp.ackAbs", a != null ? a.relAck() : tcp.ack());
        t.line(1, "detail.tcp.ackRaw", tcp.ack());
        t.line(1, "detail.tcp.hdrLen", nibble(tcp.headerLength() / 4), tcp.headerLength(), tcp.headerLength() / 4);
        flags(t, tcp.flags());
        t.line(1, "detail.tcp.window", tcp.window());
        if (a != null) {
            t.line(1, "detail.tcp.calcWindow", a.calcWindow());
            t.line(1, scaleKey(a.windowScale()), a.windowScale());
        }
        t.line(1, "detail.tcp.checksum", Columns.hex4(tcp.checksum()));
        t.line(1, "detail.tcp.urgent", tcp.urgentPointer());
        if (!tcp.options().isEmpty()) {
            t.line(1, "detail.tcp.options", tcp.headerLength() - 20);
            for (TcpOption o : tcp.options()) {
                option(t, o);
            }
        }
        if (a != null) {
            analysis(t, a);
        }
        if (tcp.segmentLength() > 0) {
            t.line(1, "detail.tcp.payload", tcp.segmentLength());
        }
    }

    private static void flags(Tree t, int flags) {
        t.line(1, "detail.tcp.flags", "0x" + String.format("%03x", flags), String.join(", ", TcpFlags.names(flags)));
        t.raw(2, "000. .... .... = ", "detail.tcp.flag.reserved", t.word("detail.notSet"));
        for (int i = 3; i < FLAG_BITS.length; i++) {
            int bit = FLAG_BITS[i];
            StringBuilder pattern = new StringBuilder(14);
            for (int j = 0; j < 12; j++) {
                if (j > 0 && j % 4 == 0) {
                    pattern.append(' ');
                }
                pattern.append(j == i ? ((flags & bit) != 0 ? '1' : '0') : '.');
            }
            boolean set = (flags & bit) != 0;
            t.raw(2, pattern + " = ", "detail.tcp.flag." + i, t.word(set ? "detail.set" : "detail.notSet"));
        }
    }

    private static void option(Tree t, TcpOption o) {
        if (o instanceof TcpOption.Mss m) {
            t.line(2, "detail.tcp.opt.mss", m.mss());
        } else if (o instanceof TcpOption.WindowScale w) {
            t.line(2, "detail.tcp.opt.ws", w.shift(), 1L << Math.min(w.shift(), 14));
        } else if (o instanceof TcpOption.SackPermitted) {
            t.line(2, "detail.tcp.opt.sackPerm");
        } else if (o instanceof TcpOption.Sack s) {
            StringBuilder sb = new StringBuilder();
            for (TcpOption.SackBlock b : s.blocks()) {
                sb.append(' ').append(b.left()).append('-').append(b.right());
            }
            t.line(2, "detail.tcp.opt.sack", sb.toString().trim());
        } else if (o instanceof TcpOption.Timestamps ts) {
            t.line(2, "detail.tcp.opt.ts", ts.tsval(), ts.tsecr());
        } else if (o instanceof TcpOption.Nop) {
            t.line(2, "detail.tcp.opt.nop");
        } else if (o instanceof TcpOption.EndOfList) {
            t.line(2, "detail.tcp.opt.eol");
        } else if (o instanceof TcpOption.Unknown u) {
            t.line(2, "detail.tcp.opt.unknown", u.kind(), u.length());
        } else if (o instanceof TcpOption.Malformed m) {
            t.line(2, "detail.tcp.opt.malformed", m.kind(), m.reason());
        }
    }

    private static void analysis(Tree t, TcpAnalysis a) {
        boolean any = a.ackedFrame() > 0 || a.bytesInFlight() >= 0 || !a.findings().isEmpty();
        if (!any) {
            return;
        }
        t.line(1, "detail.tcp.analysis");
        if (a.ackedFrame() > 0) {
            t.line(2, "detail.tcp.analysis.acks", a.ackedFrame());
            if (a.ackRttNanos() >= 0) {
                t.line(2, "detail.tcp.analysis.rtt", Columns.seconds(a.ackRttNanos(), 9));
            }
        }
        if (a.bytesInFlight() >= 0) {
            t.line(2, "detail.tcp.analysis.inflight", a.bytesInFlight());
        }
        for (Finding f : a.findings()) {
            t.line(2, "detail.tcp.analysis." + f.field());
        }
        if (a.dupAckNumber() > 0) {
            t.line(2, "detail.tcp.analysis.dupAckOf", a.dupAckNumber(), a.dupAckOfFrame());
        }
    }

    private static String scaleKey(int scale) {
        return scale == -1 ? "detail.tcp.scale.unknown" : scale == -2 ? "detail.tcp.scale.none" : "detail.tcp.scale";
    }

    private static String nibble(int v) {
        return bits4(v) + " ....";
    }

    private static String bits4(int v) {
        String b = Integer.toBinaryString(v & 0xf);
        return "0000".substring(b.length()) + b;
    }

    static String mac(Bytes b) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < b.length(); i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit(b.get(i) >> 4, 16)).append(Character.forDigit(b.get(i) & 0xf, 16));
        }
        return sb.toString();
    }

    private static String etherTypeName(int type) {
        return switch (type) {
            case 0x0800 -> "IPv4";
            case 0x86dd -> "IPv6";
            case 0x0806 -> "ARP";
            case 0x8100 -> "802.1Q";
            default -> "unknown";
        };
    }
}
