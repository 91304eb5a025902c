package org.echolab.sniffer.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/**
 * The Info column tshark 4.0 shows for a TCP segment whose payload no other dissector claims:
 * <pre>
 *   [TCP Window Update] 12321 → 63304 [ACK] Seq=1 Ack=6 Win=65536 Len=0 TSval=1 TSecr=2
 *   └ analysis prefixes ┘└ ports ┘      └flags┘└ relative numbers, scaled window ┘└ options ┘
 * </pre>
 * Ports are numeric, as with {@code tshark -n}. The analysis prefixes are prepended one by one
 * in {@code tcp_print_sequence_number_analysis} order, so the last one printed comes first.
 * Options shown: MSS, WS, SACK_PERM, SACK (SLE/SRE, relative to the receiver's ISN), TSval/TSecr,
 * ECHO, MD5 and TFO; tshark's rarer option labels (MPTCP, SCPS, Riverbed probes) are not shown.
 */
public final class TcpInfoColumn {
    private static final int RESERVED_BITS = 0x0E00;
    private static final int KIND_ECHO = 6;
    private static final int KIND_MD5 = 19;
    private static final int KIND_TFO = 34;

    /** Prefix order as the Info column reads, i.e. the reverse of the order they are prepended. */
    private static final Finding[] PREFIX_ORDER = {Finding.ZERO_WINDOW_PROBE_ACK, Finding.ZERO_WINDOW,
        Finding.ZERO_WINDOW_PROBE, Finding.DUPLICATE_ACK, Finding.KEEP_ALIVE_ACK, Finding.KEEP_ALIVE,
        Finding.WINDOW_FULL, Finding.WINDOW_UPDATE, Finding.ACK_LOST_SEGMENT, Finding.LOST_SEGMENT,
        Finding.OUT_OF_ORDER, Finding.SPURIOUS_RETRANSMISSION, Finding.FAST_RETRANSMISSION,
        Finding.RETRANSMISSION, Finding.REUSED_PORTS};

    // The column's fixed parts in UTF-8, and every flags text of the nine named bits: each is
    // written for every segment, so none is encoded more than once.
    /** " → " between two ports, and between two addresses in the text renderer's headline. */
    static final byte[] ARROW = utf8(" \u2192 ");
    private static final byte[] SEQ = utf8("] Seq=");
    private static final byte[] ACK = utf8(" Ack=");
    private static final byte[] WIN = utf8(" Win=");
    private static final byte[] URG = utf8(" Urg=");
    private static final byte[] LEN = utf8(" Len=");
    private static final byte[] MSS = utf8(" MSS=");
    private static final byte[] WS = utf8(" WS=");
    private static final byte[] SACK_PERM = utf8(" SACK_PERM");
    private static final byte[] SLE = utf8(" SLE=");
    private static final byte[] SRE = utf8(" SRE=");
    private static final byte[] TSVAL = utf8(" TSval=");
    private static final byte[] TSECR = utf8(" TSecr=");
    private static final int NAMED_BITS = 0x1FF;
    private static final byte[][] FLAGS = new byte[NAMED_BITS + 1][];

    static {
        for (int f = 0; f <= NAMED_BITS; f++) {
            Utf8Buffer b = new Utf8Buffer(32);
            appendFlagNames(b, f);
            FLAGS[f] = Arrays.copyOf(b.array(), b.length());
        }
    }

    private TcpInfoColumn() {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The Info text of {@code packet}, whose TCP analysis is {@code analysis}. */
    public static String format(Packet packet, TcpAnalysis analysis) {
        Utf8Buffer text = new Utf8Buffer(128);
        appendTo(text, packet, analysis);
        return text.toString();
    }

    /** What {@link #format} returns, appended to {@code sb} in UTF-8. */
    public static void appendTo(Utf8Buffer sb, Packet packet, TcpAnalysis analysis) {
        Transport.Tcp tcp = packet.tcp();
        if (tcp == null) {
            throw new IllegalArgumentException("not a TCP segment: frame " + packet.number());
        }
        if (!analysis.findings().isEmpty()) {
            appendPrefixes(sb, analysis);
        }
        sb.append(tcp.srcPort()).append(ARROW).append(tcp.dstPort()).ascii(' ').ascii('[');
        int flags = tcp.flags();
        if ((flags & ~NAMED_BITS) == 0) {
            sb.append(FLAGS[flags]);
        } else {
            appendFlagNames(sb, flags);
        }
        sb.append(SEQ).append(analysis.relSeq());
        if (tcp.has(TcpFlags.ACK)) {
            sb.append(ACK).append(analysis.relAck());
        }
        sb.append(WIN).append(analysis.calcWindow());
        if (tcp.has(TcpFlags.URG)) {
            sb.append(URG).append(tcp.urgentPointer());
        }
        sb.append(LEN).append(tcp.segmentLength());
        long sackBase = tcp.has(TcpFlags.ACK) ? (analysis.rawAck() - analysis.relAck()) & 0xFFFF_FFFFL : 0;
        appendOptions(sb, tcp.options(), sackBase);
    }

    private static void appendPrefixes(Utf8Buffer sb, TcpAnalysis a) {
        for (Finding f : PREFIX_ORDER) {
            if (!a.has(f)) {
                continue;
            }
            switch (f) {
                case ZERO_WINDOW_PROBE_ACK -> sb.append("[TCP ZeroWindowProbeAck] ");
                case ZERO_WINDOW -> sb.append("[TCP ZeroWindow] ");
                case ZERO_WINDOW_PROBE -> sb.append("[TCP ZeroWindowProbe] ");
                case DUPLICATE_ACK -> sb.append("[TCP Dup ACK ").append(a.dupAckOfFrame()).ascii('#')
                        .append(a.dupAckNumber()).append("] ");
                case KEEP_ALIVE_ACK -> sb.append("[TCP Keep-Alive ACK] ");
                case KEEP_ALIVE -> sb.append("[TCP Keep-Alive] ");
                case WINDOW_FULL -> sb.append("[TCP Window Full] ");
                case WINDOW_UPDATE -> sb.append("[TCP Window Update] ");
                case ACK_LOST_SEGMENT -> sb.append("[TCP ACKed unseen segment] ");
                case LOST_SEGMENT -> sb.append("[TCP Previous segment not captured] ");
                case OUT_OF_ORDER -> sb.append("[TCP Out-Of-Order] ");
                case SPURIOUS_RETRANSMISSION -> sb.append("[TCP Spurious Retransmission] ");
                case FAST_RETRANSMISSION -> sb.append("[TCP Fast Retransmission] ");
                case RETRANSMISSION -> sb.append("[TCP Retransmission] ");
                case REUSED_PORTS -> sb.append("[TCP Port numbers reused] ");
            }
        }
    }

    /** tcp_flags_to_str: names in bit order, "Reserved" for bits 9-11, "<None>" when empty. */
    private static void appendFlagNames(Utf8Buffer sb, int flags) {
        int start = sb.length();
        List<String> names = TcpFlags.names(flags);
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names.get(i));
        }
        if ((flags & RESERVED_BITS) != 0) {
            sb.append(sb.length() > start ? ", Reserved" : "Reserved");
        }
        if (sb.length() == start) {
            sb.append("<None>");
        }
    }

    private static void appendOptions(Utf8Buffer sb, List<TcpOption> options, long sackBase) {
        for (TcpOption o : options) {
            if (o instanceof TcpOption.Mss mss) {
                sb.append(MSS).append(mss.mss());
            } else if (o instanceof TcpOption.WindowScale ws) {
                sb.append(WS).append(1 << Math.min(ws.shift(), 14));
            } else if (o instanceof TcpOption.SackPermitted) {
                sb.append(SACK_PERM);
            } else if (o instanceof TcpOption.Sack sack) {
                for (TcpOption.SackBlock b : sack.blocks()) {
                    sb.append(SLE).append((b.left() - sackBase) & 0xFFFF_FFFFL);
                    sb.append(SRE).append((b.right() - sackBase) & 0xFFFF_FFFFL);
                }
            } else if (o instanceof TcpOption.Timestamps ts) {
                sb.append(TSVAL).append(ts.tsval()).append(TSECR).append(ts.tsecr());
            } else if (o instanceof TcpOption.Unknown u) {
                appendUnknown(sb, u);
            }
        }
    }

    /** Options the decoder leaves uninterpreted but tshark labels in the Info column. */
    private static void appendUnknown(Utf8Buffer sb, TcpOption.Unknown u) {
        if (u.kind() == KIND_ECHO && u.data().length() == 4) {
            long echo = ((long) u.data().get(0) << 24) | (u.data().get(1) << 16) | (u.data().get(2) << 8)
                    | u.data().get(3);
            sb.append(" ECHO=").append(echo);
        } else if (u.kind() == KIND_MD5) {
            sb.append(" MD5");
        } else if (u.kind() == KIND_TFO) {
            sb.append(u.length() == 2 ? " TFO=R" : " TFO=C");
        }
    }
}
