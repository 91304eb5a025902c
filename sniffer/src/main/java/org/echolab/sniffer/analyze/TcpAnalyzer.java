package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

import java.util.List;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;

/**
 * Wireshark's TCP conversation analysis, one packet at a time, in capture order. Deterministic
 * and free of I/O; time comes only from the packets' timestamps. Not thread-safe: one analyzer
 * per capture.
 *
 * <p>The numbers and flags are those tshark 4.0 prints in a single pass ({@code packet-tcp.c}
 * with its default preferences: relative sequence numbers, sequence analysis, payload-based bytes
 * in flight, no default window scaling). Two things differ on purpose, both for memory:
 * <ul>
 *   <li>Closed and long-idle conversations are released (see {@link ConversationTable}). A
 *       segment arriving for a released conversation resumes its stream index, relative numbering
 *       and window scaling, but its expert analysis starts afresh, as if the capture began there.
 *       If the 4-tuple was released so long ago that its tombstone is gone, a new SYN still opens
 *       a new stream but without {@code reused_ports}.</li>
 *   <li>{@link #conversations()} returns the first {@value #DEFAULT_SUMMARY_LIMIT} streams (or
 *       the limit given to the constructor) in full; {@link #totals()} counts them all.</li>
 * </ul>
 */
public final class TcpAnalyzer {
    public static final int DEFAULT_SUMMARY_LIMIT = 10_000;

    private final SummaryBook book;
    private final ConversationTable table;
    private final Verdict verdict = new Verdict();
    private final SegmentFacts facts = new SegmentFacts();
    private int nextStream;

    public TcpAnalyzer() {
        this(DEFAULT_SUMMARY_LIMIT);
    }

    /** @param summaryLimit how many conversations {@link #conversations()} keeps in full */
    public TcpAnalyzer(int summaryLimit) {
        this(summaryLimit, stream -> { });
    }

    /**
     * @param summaryLimit how many conversations {@link #conversations()} keeps in full
     * @param onRelease told the stream index of each conversation the analyzer releases from
     *     memory (closed and quiet, or idle), so that layers above can release theirs too
     */
    public TcpAnalyzer(int summaryLimit, java.util.function.IntConsumer onRelease) {
        this.book = new SummaryBook(summaryLimit);
        this.table = new ConversationTable(book, onRelease);
    }

    /** The analysis of {@code packet}, or null when it is not a (decodable) TCP segment. */
    public TcpAnalysis analyze(Packet packet) {
        Transport.Tcp tcp = packet.tcp();
        IpHeader ip = packet.ip();
        if (tcp == null || ip == null) {
            return null;
        }
        NetAddress src = ip.src();
        NetAddress dst = ip.dst();
        long frame = packet.number();
        long now = packet.timestampNanos();
        int seq = (int) tcp.seq();
        int ack = (int) tcp.ack();
        int flags = tcp.flags();
        int seglen = tcp.segmentLength();
        verdict.reset();

        ConversationKey key = ConversationKey.of(src, tcp.srcPort(), dst, tcp.dstPort());
        Conversation c = table.live(key);
        boolean isNew = false;
        if (c == null) {
            Tombstone tomb = table.takeTombstone(key);
            if (tomb != null) {
                c = tomb.revive(key);
                table.put(c);
                book.revived(c);
            } else {
                c = open(key, src, tcp.srcPort(), dst, tcp.dstPort(), flags, frame, now);
                isNew = true;
            }
        }
        boolean fromA = c.isFromA(src, tcp.srcPort());
        Flow fwd = fromA ? c.a : c.b;
        if ((flags & (SYN | ACK)) == SYN && fwd.baseSeqSet) {
            if (seq != fwd.baseSeq) {
                // Port reuse: a SYN with a new ISN on a known 4-tuple starts a new conversation.
                table.superseded(c);
                c = open(key, src, tcp.srcPort(), dst, tcp.dstPort(), flags, frame, now);
                c.completeness = Completeness.SYN;
                verdict.flags |= Verdict.REUSED_PORTS;
                fromA = true;
                fwd = c.a;
            } else {
                // A retransmitted SYN: undo what a RST with SEQ = received ACK did (issue 17616).
                fwd.nextSeq = fwd.maxSeqToBeAcked;
            }
        }
        Flow rev = fromA ? c.b : c.a;
        if ((flags & (SYN | ACK)) == (SYN | ACK) && fwd.baseSeqSet && seq != fwd.baseSeq) {
            // A SYN-ACK with a new ISN: same stream, new base (issue 16944), flagged as reuse.
            fwd.baseSeq = seq;
            verdict.flags |= Verdict.REUSED_PORTS;
        }
        int shownCompleteness = c.completeness;
        fwd.sackCount = 0;
        initBaseSequences(fwd, rev, seq, ack, flags);

        SequenceRules.analyze(c, fwd, rev, frame, now, seq, ack, seglen, flags, tcp.window(), verdict);

        facts.capture(fwd, seq, ack, flags, seglen, tcp.window(), rev.baseSeq);
        c.completeness = Completeness.next(isNew, c.completeness, flags, seglen);
        HandshakeClock.afterSegment(c, fwd, flags, now);
        TcpOptions.apply(tcp.options(), fwd, rev, flags);

        boolean fromInitiator = fromA == c.initiatorIsA;
        Lifecycle.Step step = Lifecycle.classify(c, fwd, rev, fromInitiator, flags, seq, ack, seglen, facts.relAck);
        account(c, fromA, fromInitiator, flags, seglen, frame, now, step);
        table.touched(c, now);

        long rtt = verdict.ackedFrame != 0 && verdict.ackRttNanos != 0 ? verdict.ackRttNanos : -1;
        return new TcpAnalysis(c.stream, fromInitiator, facts.relSeq, facts.relAck, tcp.seq(), tcp.ack(),
                facts.nextSeq, facts.calcWindow, facts.windowScale, verdict.findings(), verdict.dupAckNum,
                verdict.dupAckFrame, verdict.ackedFrame, rtt,
                verdict.bytesInFlight == 0 ? -1 : verdict.bytesInFlight, step.phase(), step.handshakeStep(),
                shownCompleteness);
    }

    /** Summaries of the first conversations by stream index; see {@link #totals()} for all. */
    public List<ConversationSummary> conversations() {
        return book.summaries();
    }

    /** Counts over every conversation seen so far. */
    public ConversationTotals totals() {
        return book.totals();
    }

    int liveConversations() {
        return table.liveCount();
    }

    int tombstones() {
        return table.tombstoneCount();
    }

    private Conversation open(ConversationKey key, NetAddress src, int srcPort, NetAddress dst, int dstPort,
            int flags, long frame, long now) {
        Conversation c = new Conversation(key, nextStream++, src, srcPort, dst, dstPort);
        // The opener sent the SYN; if the first segment seen is the SYN-ACK, its receiver opened.
        c.initiatorIsA = (flags & (SYN | ACK)) != (SYN | ACK);
        c.firstFrame = frame;
        c.startNanos = now;
        table.put(c);
        book.opened(c);
        return c;
    }

    /**
     * Relative numbering: the ISN is the SYN's sequence number, or seq-1 when the SYN was not
     * seen (bug 1542), and the peer's ISN is ack-1 from the first segment with ACK set.
     */
    private static void initBaseSequences(Flow fwd, Flow rev, int seq, int ack, int flags) {
        if (!fwd.baseSeqSet) {
            fwd.baseSeq = (flags & SYN) != 0 ? seq : seq - 1;
            fwd.baseSeqSet = true;
        }
        if (!rev.baseSeqSet && (flags & ACK) != 0) {
            rev.baseSeq = ack - 1;
            rev.baseSeqSet = true;
        }
    }

    private void account(Conversation c, boolean fromA, boolean fromInitiator, int flags, int seglen, long frame, long now,
            Lifecycle.Step step) {
        c.packets++;
        c.lastFrame = frame;
        c.lastNanos = now;
        book.packets++;
        if (step.handshakeStep() == 3 && step.firstCompletion()) {
            book.handshakesComplete++;
        }
        if ((flags & RST) != 0 && step.firstReset()) {
            book.resets++;
        }
        boolean resent = verdict.has(Verdict.RETRANSMISSION | Verdict.FAST_RETRANSMISSION
                | Verdict.SPURIOUS_RETRANSMISSION);
        if (seglen > 0 && (flags & RST) == 0 && !resent) {
            if (fromA) {
                c.bytesFromA += seglen;
            } else {
                c.bytesFromB += seglen;
            }
            book.payload(fromInitiator, seglen);
        }
    }
}
