package org.echolab.sniffer.render;

import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkHeader;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;

/** The Protocol and Info columns, and the Source/Destination and Time texts, as tshark prints them. */
public final class Columns {
    private static final int ETHERTYPE_ARP = 0x0806;
    private static final String MALFORMED = "[Malformed Packet]";

    private Columns() {
    }

    public static String protocol(Packet p) {
        if (p.transport() instanceof Transport.Tcp) {
            return "TCP";
        }
        if (p.transport() instanceof Transport.Udp) {
            return "UDP";
        }
        IpHeader ip = p.ip();
        if (ip != null) {
            return switch (ip.protocol()) {
                case 1 -> "ICMP";
                case 2 -> "IGMP";
                case 58 -> "ICMPv6";
                case 6 -> "TCP";
                case 17 -> "UDP";
                default -> ip instanceof IpHeader.Ipv6 ? "IPv6" : "IPv4";
            };
        }
        LinkHeader link = p.link();
        if (link != null && link.etherType() == ETHERTYPE_ARP) {
            return "ARP";
        }
        return link instanceof LinkHeader.Ethernet ? "Ethernet" : "Frame";
    }

    public static String info(Packet p, TcpAnalysis tcp) {
        Utf8Buffer text = new Utf8Buffer(128);
        info(text, p, tcp);
        return text.toString();
    }

    /** What {@link #info(Packet, TcpAnalysis)} returns, appended to {@code out}. */
    public static void info(Utf8Buffer out, Packet p, TcpAnalysis tcp) {
        int start = out.length();
        if (p.transport() instanceof Transport.Tcp && tcp != null) {
            TcpInfoColumn.appendTo(out, p, tcp);
        } else {
            out.append(otherInfo(p));
        }
        if (p.isMalformed()) {
            out.append(out.length() == start ? MALFORMED : " " + MALFORMED);
        }
    }

    /** The Info text of a frame that is not an analysed TCP segment, before any malformed mark. */
    private static String otherInfo(Packet p) {
        if (p.transport() instanceof Transport.Udp u) {
            return u.srcPort() + " \u2192 " + u.dstPort() + " Len=" + Math.max(0, u.length() - 8);
        }
        if (p.ip() != null) {
            return p.ip() instanceof IpHeader.Ipv4 v4 && v4.isFragment()
                    ? "Fragmented IP protocol (proto=" + v4.protocol() + ", off=" + v4.fragmentOffset() * 8 + ")"
                    : protocol(p);
        }
        return p.link() != null ? "Ethertype 0x" + hex4(p.link().etherType()) : "";
    }

    public static String source(Packet p) {
        return p.ip() != null ? p.ip().src().toString() : "";
    }

    public static String destination(Packet p) {
        return p.ip() != null ? p.ip().dst().toString() : "";
    }

    /** Seconds with {@code decimals} (up to nine) decimals, as tshark's frame.time_relative. */
    public static String seconds(long nanos, int decimals) {
        Utf8Buffer b = new Utf8Buffer(24);
        seconds(b, nanos, decimals);
        return b.toString();
    }

    /** What {@link #seconds(long, int)} returns, appended to {@code out}. */
    public static void seconds(Utf8Buffer out, long nanos, int decimals) {
        long whole = nanos / 1_000_000_000L;
        long frac = Math.abs(nanos % 1_000_000_000L);
        if (nanos < 0 && whole == 0) {
            out.ascii('-');
        }
        out.append(whole).ascii('.');
        // The first decimals of the nine-digit fraction, leading zeros kept, cut (not rounded).
        long unit = 100_000_000L;
        for (int i = 0; i < decimals; i++) {
            out.ascii((char) ('0' + frac / unit % 10));
            unit /= 10;
        }
    }

    static String hex4(int v) {
        String h = Integer.toHexString(v);
        return "0000".substring(Math.min(4, h.length())) + h;
    }
}
