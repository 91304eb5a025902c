package org.echolab.sniffer.analyze;

import org.echolab.sniffer.decode.TcpFlags;

/**
 * Wireshark's {@code tcp.completeness} bit mask ({@code TCP_COMPLETENESS_*} in
 * {@code packet-tcp.c}), which records which kinds of segment a conversation has shown.
 *
 * <p>tshark prints the value that was accumulated <em>before</em> the current segment: the field
 * is added to the tree before the segment's own contribution is merged in, so in a single pass
 * the first SYN shows 0 and a complete conversation's last segment shows what came before it.
 */
final class Completeness {
    static final int SYN = 0x01;
    static final int SYN_ACK = 0x02;
    static final int ACK_ONLY = 0x04;
    static final int DATA = 0x08;
    static final int FIN_ACK = 0x10;
    static final int RESET = 0x20;

    private Completeness() {
    }

    /**
     * The mask after a segment. A brand-new conversation counts only a pure SYN (plus DATA for a
     * TCP Fast Open SYN with payload); a segment of a known conversation adds SYN-ACK, ACK (no
     * payload) or DATA (ACK with payload), FIN (with ACK) and RST.
     */
    static int next(boolean newConversation, int mask, int flags, int seglen) {
        if (newConversation) {
            if ((flags & (TcpFlags.SYN | TcpFlags.ACK)) == TcpFlags.SYN) {
                return SYN | (seglen > 0 ? DATA : 0);
            }
            return 0;
        }
        int m = mask;
        if ((flags & (TcpFlags.SYN | TcpFlags.ACK)) == (TcpFlags.SYN | TcpFlags.ACK)) {
            m |= SYN_ACK;
        }
        if ((flags & (TcpFlags.SYN | TcpFlags.ACK)) == TcpFlags.ACK) {
            m |= seglen > 0 ? DATA : ACK_ONLY;
        }
        if ((flags & (TcpFlags.FIN | TcpFlags.ACK)) == (TcpFlags.FIN | TcpFlags.ACK)) {
            m |= FIN_ACK;
        }
        if ((flags & TcpFlags.RST) != 0) {
            m |= RESET;
        }
        return m;
    }
}
