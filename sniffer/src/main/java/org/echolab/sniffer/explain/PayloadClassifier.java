package org.echolab.sniffer.explain;

import java.util.BitSet;
import java.util.Set;
import org.echolab.sniffer.analyze.StreamMap;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;

/**
 * Decides what each payload is and how to show it. One classifier per capture, fed packets in
 * capture order; deterministic and free of I/O.
 *
 * <p>On the kit's ports (12321 and 12345 by default) it follows each TCP stream to recognise the
 * secure pair's key exchange and AES-GCM records, which can be split across segments or share
 * one; everywhere else it only tells text from binary. Per-stream state is a few numbers per
 * direction; {@link #release(int)} drops it when a conversation is over.
 */
public final class PayloadClassifier {
    /** The plain echo pair's default port. */
    public static final int PLAIN_PORT = 12321;
    /** The secure echo pair's default port. */
    public static final int SECURE_PORT = 12345;

    /** The kit's ports, one bit per port number (tested for both ports of every segment). */
    private final BitSet kitPorts = new BitSet(65536);
    private final StreamMap<KitDirection[]> streams = new StreamMap<>();

    /** @param kitPorts ports on which the secure pair's wire format is looked for */
    public PayloadClassifier(Set<Integer> kitPorts) {
        for (int port : kitPorts) {
            if (port >= 0 && port <= 0xFFFF) {
                this.kitPorts.set(port);
            }
        }
    }

    public PayloadClassifier() {
        this(Set.of(PLAIN_PORT, SECURE_PORT));
    }

    /** Text or binary, without any kit framing or state. */
    public static PayloadView content(Bytes payload, boolean full) {
        return PayloadView.ofContent(payload, full);
    }

    /**
     * The view of {@code p}'s TCP or UDP payload ({@link PayloadView#NONE} when it has none), or
     * null when the packet has no decoded transport layer. Call once per packet, in order.
     *
     * @param a the packet's TCP analysis, or null (then the stream is keyed by its ports and
     *     retransmissions cannot be told apart)
     * @param full dump every byte instead of the first {@value PayloadView#PREVIEW_BYTES}
     */
    public PayloadView classify(Packet p, TcpAnalysis a, boolean full) {
        if (p.udp() != null) {
            return content(p.udp().payload(), full);
        }
        Transport.Tcp t = p.tcp();
        if (t == null) {
            return null;
        }
        if (t.payload().isEmpty()) {
            return PayloadView.NONE;
        }
        boolean toKit = kitPorts.get(t.dstPort());
        boolean fromKit = kitPorts.get(t.srcPort());
        if (!toKit && !fromKit) {
            return content(t.payload(), full);
        }
        boolean fromClient = toKit == fromKit ? a == null || a.fromInitiator() : toKit;
        long key = a != null ? a.stream() : portKey(t.srcPort(), t.dstPort());
        KitDirection[] dirs = streams.computeIfAbsent(key,
                () -> new KitDirection[] {new KitDirection(true), new KitDirection(false)});
        return dirs[fromClient ? 0 : 1].accept(t.payload(), t.segmentLength(), a != null ? a.relSeq() : -1, full);
    }

    /** Forgets what was learned about {@code stream}. */
    public void release(int stream) {
        streams.remove(stream);
    }

    /** Streams currently tracked (for tests and leak checks). */
    int trackedStreams() {
        return streams.size();
    }

    /** A negative key that cannot collide with a tcp.stream index. */
    private static long portKey(int srcPort, int dstPort) {
        return -1L - (((long) Math.min(srcPort, dstPort) << 16) | Math.max(srcPort, dstPort));
    }
}
