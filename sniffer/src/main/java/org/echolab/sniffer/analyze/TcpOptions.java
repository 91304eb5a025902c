package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

import java.util.List;
import org.echolab.sniffer.decode.TcpOption;

/**
 * The TCP options that feed the analysis: window scale (RFC 7323 §2) and SACK blocks
 * (RFC 2018), which {@code packet-tcp.c} reads after the sequence analysis of the same segment.
 */
final class TcpOptions {
    /** RFC 7323 §2.3: a shift above 14 is treated as 14. */
    static final int MAX_SHIFT = 14;

    private TcpOptions() {
    }

    static void apply(List<TcpOption> options, Flow fwd, Flow rev, int flags) {
        for (int i = 0, n = options.size(); i < n; i++) {
            TcpOption o = options.get(i);
            if (o instanceof TcpOption.WindowScale ws) {
                fwd.winScale = Math.min(ws.shift(), MAX_SHIFT);
            } else if (o instanceof TcpOption.Sack sack) {
                storeSack(fwd, sack);
            }
        }
        if ((flags & SYN) != 0) {
            verifyWindowScaling((flags & ACK) != 0, fwd, rev);
        }
    }

    /** Keeps up to three blocks; the peer's bytes-in-flight subtracts what they report delivered. */
    private static void storeSack(Flow fwd, TcpOption.Sack sack) {
        fwd.sackCount = 0;
        for (TcpOption.SackBlock block : sack.blocks()) {
            if (fwd.sackCount == Flow.MAX_SACK) {
                break;
            }
            fwd.sackLeft[fwd.sackCount] = (int) block.left();
            fwd.sackRight[fwd.sackCount] = (int) block.right();
            fwd.sackCount++;
        }
    }

    /**
     * verify_tcp_window_scaling: scaling is used only if both SYNs carry the option. A SYN
     * without it rules scaling out for both sides (-2); so does a SYN-ACK without it, or a
     * SYN-ACK with it answering a SYN without it.
     */
    private static void verifyWindowScaling(boolean synAck, Flow fwd, Flow rev) {
        if (fwd.winScale == -1) {
            fwd.winScale = -2;
            rev.winScale = -2;
        } else if (synAck && rev.winScale == -2) {
            fwd.winScale = -2;
        }
    }
}
