package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

/**
 * The expert rules of {@code tcp_analyze_sequence_number()} in Wireshark 4.0's
 * {@code packet-tcp.c}, applied to one segment in capture order. The order of the checks, the
 * early exits ({@code goto finished_fwd}) and the state updates follow the C function, because
 * the flags depend on them: a keep-alive is never a retransmission, a probe does not advance
 * {@code nextSeq}, and so on. All numbers are raw; the window is the unscaled header value.
 */
final class SequenceRules {
    /** A fast retransmission follows the second duplicate ACK within 20 ms. */
    private static final long FAST_RETRANSMISSION_NANOS = 20_000_000L;
    /** Out-of-order threshold when the handshake RTT is unknown: 3 ms. */
    private static final long DEFAULT_OOO_NANOS = 3_000_000L;
    private static final long MAX_BYTES_IN_FLIGHT = 2_000_000_000L;

    private SequenceRules() {
    }

    static void analyze(Conversation c, Flow fwd, Flow rev, long frame, long now, int seq, int ack, int seglen,
            int flags, int window, Verdict v) {
        if ((flags & ACK) != 0) {
            rev.validBif = true;
        }
        if (!checkForward(fwd, rev, frame, seq, ack, seglen, flags, window, v)) {
            checkDuplicateAck(fwd, seq, ack, seglen, flags, window, v);
        }
        // finished_fwd: a new ACK number restarts the duplicate ACK count.
        if (ack != fwd.lastAck) {
            fwd.lastNonDupAck = frame;
            fwd.dupAckNum = 0;
        }
        checkAckedUnseen(rev, ack, flags, v);
        if (seglen > 0 || (flags & (SYN | FIN)) != 0) {
            classifyRetransmission(c, fwd, rev, now, seq, seglen, flags, v);
        }
        remember(fwd, frame, now, seq, ack, seglen, flags, window, v);
        rev.acknowledge(ack, now, v);
        bytesInFlight(fwd, rev, seglen, flags, v);
    }

    /**
     * Zero window probe, zero window, lost segment, keep-alive, window update, window full,
     * keep-alive ACK and probe ACK. Returns true when the C code jumps to {@code finished_fwd}.
     */
    private static boolean checkForward(Flow fwd, Flow rev, long frame, int seq, int ack, int seglen, int flags,
            int window, Verdict v) {
        boolean noSfr = (flags & (SYN | FIN | RST)) == 0;
        // One byte at the next expected sequence number while the peer advertises a zero window.
        if (seglen == 1 && seq == fwd.nextSeq && rev.window == 0) {
            v.flags |= Verdict.ZERO_WINDOW_PROBE;
            return true;
        }
        if (window == 0 && noSfr) {
            v.flags |= Verdict.ZERO_WINDOW;
        }
        // Starts beyond the highest byte seen so far: something before it was not captured.
        if (fwd.nextSeq != 0 && Seq32.gt(seq, fwd.nextSeq) && (flags & RST) == 0) {
            v.flags |= Verdict.LOST_SEGMENT;
            fwd.validBif = false;
        }
        // 0 or 1 byte starting one byte before the next expected sequence number.
        if ((seglen == 0 || seglen == 1) && seq == fwd.nextSeq - 1 && noSfr) {
            v.flags |= Verdict.KEEP_ALIVE;
        }
        boolean sameSeqAck = seglen == 0 && seq == fwd.nextSeq && ack == fwd.lastAck && noSfr;
        if (sameSeqAck && window != 0 && window != fwd.window) {
            v.flags |= Verdict.WINDOW_UPDATE;
        }
        // Data that ends exactly at the right edge of the receiver's advertised window.
        if (seglen > 0 && rev.winScale != -1 && noSfr) {
            int shift = rev.firstAck || rev.winScale == -2 ? 0 : rev.winScale;
            if (seq + seglen == rev.lastAck + (rev.window << shift)) {
                v.flags |= Verdict.WINDOW_FULL;
            }
        }
        if (sameSeqAck && window != 0 && window == fwd.window
                && (rev.lastSegmentFlags & Verdict.KEEP_ALIVE) != 0) {
            v.flags |= Verdict.KEEP_ALIVE_ACK;
            return true;
        }
        if (sameSeqAck && window == 0 && window == fwd.window
                && (rev.lastSegmentFlags & Verdict.ZERO_WINDOW_PROBE) != 0) {
            v.flags |= Verdict.ZERO_WINDOW_PROBE_ACK;
            return true;
        }
        return false;
    }

    /** Same seq, ack and non-zero window as this side's previous segment, and no payload. */
    private static void checkDuplicateAck(Flow fwd, int seq, int ack, int seglen, int flags, int window,
            Verdict v) {
        if (seglen == 0 && window != 0 && window == fwd.window && seq == fwd.nextSeq && ack == fwd.lastAck
                && (flags & (SYN | FIN | RST)) == 0) {
            // -1 marks "ACKed unseen segment already reported"; it counts as the first duplicate.
            fwd.dupAckNum = fwd.dupAckNum == -1 ? 1 : fwd.dupAckNum + 1;
            v.flags |= Verdict.DUPLICATE_ACK;
            v.dupAckNum = fwd.dupAckNum;
            v.dupAckFrame = fwd.lastNonDupAck;
        }
    }

    /** The ACK covers bytes the other side was never seen sending. */
    private static void checkAckedUnseen(Flow rev, int ack, int flags, Verdict v) {
        if (rev.maxSeqToBeAcked == 0 || !Seq32.gt(ack, rev.maxSeqToBeAcked) || (flags & ACK) == 0) {
            return;
        }
        if (Seq32.lt(rev.maxSeqToBeAcked, rev.nextSeq)) {
            rev.maxSeqToBeAcked = rev.nextSeq;
            v.flags |= Verdict.ACK_LOST_SEGMENT;
        } else {
            // The other side is stalled with pure ACKs: report the same hole only once.
            if (rev.dupAckNum == 0) {
                v.flags |= Verdict.ACK_LOST_SEGMENT;
            }
            rev.dupAckNum = -1;
        }
    }

    /** Spurious, fast, out-of-order, or plain retransmission, for a segment that occupies sequence space. */
    private static void classifyRetransmission(Conversation c, Flow fwd, Flow rev, long now, int seq, int seglen,
            int flags, Verdict v) {
        if (v.has(Verdict.KEEP_ALIVE)) {
            return;
        }
        boolean notAdvanced = fwd.nextSeq != 0 && Seq32.lt(seq, fwd.nextSeq);
        // More than one byte starting right after a possible zero window probe is new data.
        if (seglen > 1 && fwd.nextSeq - 1 == seq) {
            notAdvanced = false;
        }
        // Every byte was already acknowledged by the receiver.
        if (seglen > 0 && rev.lastAck != 0 && Seq32.le(seq + seglen, rev.lastAck)) {
            v.flags |= Verdict.SPURIOUS_RETRANSMISSION;
            return;
        }
        // tcp_fastrt_precedence (default TRUE): fast retransmission is tested before out-of-order.
        long sinceDupAck = now - rev.lastAckTime;
        if (notAdvanced && rev.dupAckNum >= 2 && rev.lastAck == seq
                && Long.compareUnsigned(sinceDupAck, FAST_RETRANSMISSION_NANOS) < 0) {
            v.flags |= Verdict.FAST_RETRANSMISSION;
            return;
        }
        long sinceHighest = now - fwd.nextSeqTime;
        long threshold = c.firstRttNanos == 0 ? DEFAULT_OOO_NANOS : c.firstRttNanos;
        int end = seq + seglen + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
        if (notAdvanced && Long.compareUnsigned(sinceHighest, threshold) < 0 && fwd.nextSeq != end) {
            v.flags |= Verdict.OUT_OF_ORDER;
            return;
        }
        if (notAdvanced) {
            v.flags |= Verdict.RETRANSMISSION;
        }
    }

    /** Records the segment as unacked and advances nextSeq, maxSeqToBeAcked, window and lastAck. */
    private static void remember(Flow fwd, long frame, long now, int seq, int ack, int seglen, int flags,
            int window, Verdict v) {
        int nextSeq = seq + seglen;
        if ((seglen != 0 || (flags & (SYN | FIN)) != 0) && fwd.unackedCount < Flow.MAX_UNACKED) {
            if ((flags & (SYN | FIN)) != 0) {
                nextSeq += 1;
            }
            fwd.addUnacked(frame, seq, nextSeq, now);
        }
        boolean probe = v.has(Verdict.ZERO_WINDOW_PROBE);
        // A zero window probe does not move the expected sequence number forward.
        if ((Seq32.gt(nextSeq, fwd.nextSeq) || fwd.nextSeq == 0) && !probe) {
            fwd.nextSeq = nextSeq;
            fwd.nextSeqFrame = frame;
            fwd.nextSeqTime = now;
        }
        if ((seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) && !probe) {
            fwd.maxSeqToBeAcked = fwd.nextSeq;
        }
        fwd.window = window;
        fwd.lastAck = ack;
        fwd.lastAckTime = now;
        fwd.lastSegmentFlags = v.flags;
    }

    /**
     * tcp.analysis.bytes_in_flight with the default payload-based method: the span of this side's
     * unacked segments, minus the bytes the peer's last SACK blocks report as delivered.
     */
    private static void bytesInFlight(Flow fwd, Flow rev, int seglen, int flags, Verdict v) {
        if (seglen == 0 || fwd.unackedCount == 0 || !fwd.validBif) {
            return;
        }
        int inFlight = (int) fwd.unackedSpan();
        for (int i = 0; i < rev.sackCount; i++) {
            inFlight -= rev.sackRight[i] - rev.sackLeft[i];
        }
        long value = Seq32.unsigned(inFlight);
        if (value > 0 && value < MAX_BYTES_IN_FLIGHT) {
            // A SYN or FIN occupies one sequence number but carries no byte.
            v.bytesInFlight = (flags & (SYN | FIN)) != 0 ? value - 1 : value;
        }
    }
}
