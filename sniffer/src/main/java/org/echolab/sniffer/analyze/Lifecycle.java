package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

/**
 * Where a segment falls in its conversation's life (the kit's {@link Phase}, not a Wireshark
 * field), and the close tracking behind the memory policy: a conversation is closed by a RST,
 * or once each side's FIN has been acknowledged (RFC 9293 §3.6).
 */
final class Lifecycle {
    /** The classification of one segment, plus whether it completed the handshake or reset first. */
    record Step(Phase phase, int handshakeStep, boolean firstCompletion, boolean firstReset) {
        static final Step DATA = new Step(Phase.DATA, 0, false, false);
        static final Step TEARDOWN = new Step(Phase.TEARDOWN, 0, false, false);
        static final Step RESET_AGAIN = new Step(Phase.RESET, 0, false, false);
        static final Step RESET_FIRST = new Step(Phase.RESET, 0, false, true);
        static final Step SYN = new Step(Phase.HANDSHAKE, 1, false, false);
        static final Step SYN_ACK = new Step(Phase.HANDSHAKE, 2, false, false);
        static final Step FINAL_ACK = new Step(Phase.HANDSHAKE, 3, true, false);
    }

    private Lifecycle() {
    }

    static Step classify(Conversation c, Flow fwd, Flow rev, boolean fromInitiator, int flags, int seq, int ack,
            int seglen, long relAck) {
        if ((flags & ACK) != 0 && rev.finSeen && Seq32.ge(ack, rev.finNext)) {
            rev.finAcked = true;
        }
        if ((flags & FIN) != 0 && (flags & RST) == 0) {
            // A FIN occupies one sequence number after the payload.
            int finNext = seq + seglen + 1;
            if (!fwd.finSeen || Seq32.gt(finNext, fwd.finNext)) {
                fwd.finNext = finNext;
            }
            fwd.finSeen = true;
            if (!c.finSeen) {
                c.finSeen = true;
                c.firstFinFromInitiator = fromInitiator;
            }
        }
        if ((flags & RST) != 0) {
            boolean first = !c.resetSeen;
            c.resetSeen = true;
            return first ? Step.RESET_FIRST : Step.RESET_AGAIN;
        }
        if (c.resetSeen) {
            return Step.RESET_AGAIN;
        }
        if (c.finSeen) {
            return Step.TEARDOWN;
        }
        if ((flags & (SYN | ACK)) == SYN) {
            c.synSeen = true;
            return Step.SYN;
        }
        if ((flags & (SYN | ACK)) == (SYN | ACK)) {
            c.synAckSeen = true;
            return Step.SYN_ACK;
        }
        // The initiator's first ACK of the responder's ISN + 1 completes the 3-way handshake.
        if (!c.handshakeDone && c.synSeen && c.synAckSeen && fromInitiator && (flags & (SYN | ACK)) == ACK
                && relAck == 1) {
            c.handshakeDone = true;
            return Step.FINAL_ACK;
        }
        return Step.DATA;
    }
}
