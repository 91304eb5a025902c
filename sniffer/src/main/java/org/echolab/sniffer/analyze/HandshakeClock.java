package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

/**
 * The per-segment bookkeeping {@code dissect_tcp} does after the sequence analysis: the time of
 * the last SYN, the handshake round trip ({@code tcp.analysis.initial_rtt}, which is also the
 * out-of-order threshold), and whether a side has sent an ACK since its SYN (until then its
 * advertised window is unscaled, issue 14690).
 */
final class HandshakeClock {
    private HandshakeClock() {
    }

    static void afterSegment(Conversation c, Flow fwd, int flags, long now) {
        if ((flags & SYN) != 0) {
            fwd.firstAck = true;
            if ((flags & ACK) == 0) {
                c.mruSynNanos = now;
            }
        }
        if ((flags & (SYN | ACK)) == ACK) {
            // The first ACK after a SYN closes the handshake: its delay from the SYN is the RTT.
            if (c.mruSynNanos != 0 && c.firstRttNanos == 0) {
                c.firstRttNanos = now - c.mruSynNanos;
            }
            fwd.firstAck = false;
        }
    }
}
