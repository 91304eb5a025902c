package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

/**
 * The numbers tshark shows for a segment once the sequence analysis has run: relative seq/ack,
 * tcp.nxtseq, and the window after scaling. Reused for every packet.
 */
final class SegmentFacts {
    long relSeq;
    long relAck;
    long nextSeq;
    long calcWindow;
    int windowScale;

    /**
     * The window is scaled with the shift this side announced, never on a SYN (RFC 7323 §2.2),
     * and only once the handshake showed both sides agreeing ({@code win_scale >= 0}); with the
     * default preference an unknown scale (-1) leaves the window as sent.
     */
    void capture(Flow fwd, int seq, int ack, int flags, int seglen, int window, int revBase) {
        int rel = seq - fwd.baseSeq;
        relSeq = Seq32.unsigned(rel);
        // Without the ACK flag tshark shows the raw acknowledgment field, usually 0.
        relAck = (flags & ACK) != 0 ? Seq32.unsigned(ack - revBase) : Seq32.unsigned(ack);
        // tcp.nxtseq is shown on every segment: seq + len, plus one for SYN or FIN.
        nextSeq = Seq32.unsigned(rel + seglen + ((flags & (SYN | FIN)) != 0 ? 1 : 0));
        if ((flags & SYN) != 0) {
            calcWindow = window;
            windowScale = 0;
        } else if (fwd.winScale >= 0) {
            calcWindow = Seq32.unsigned(window << fwd.winScale);
            windowScale = 1 << fwd.winScale;
        } else {
            calcWindow = window;
            windowScale = fwd.winScale;
        }
    }
}
