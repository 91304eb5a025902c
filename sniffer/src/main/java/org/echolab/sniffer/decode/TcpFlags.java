package org.echolab.sniffer.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * TCP header flag bits (RFC 9293 plus AE, the former NS bit of RFC 3540), and their names in
 * the order tshark prints them: {@code [FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE]}.
 */
public final class TcpFlags {
    public static final int FIN = 0x001;
    public static final int SYN = 0x002;
    public static final int RST = 0x004;
    public static final int PSH = 0x008;
    public static final int ACK = 0x010;
    public static final int URG = 0x020;
    public static final int ECE = 0x040;
    public static final int CWR = 0x080;
    public static final int AE = 0x100;

    private static final int[] BITS = {FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE};
    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private TcpFlags() {
    }

    public static boolean has(int flags, int bit) {
        return (flags & bit) != 0;
    }

    /** The set flags' names in tshark order, e.g. {@code ["SYN", "ACK"]}. */
    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>(4);
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                out.add(NAMES[i]);
            }
        }
        return out;
    }

    /** As in tshark's Info column: {@code [SYN, ACK]}, or {@code [<None>]} when no flag is set. */
    public static String bracketed(int flags) {
        List<String> names = names(flags);
        return names.isEmpty() ? "[<None>]" : "[" + String.join(", ", names) + "]";
    }
}
