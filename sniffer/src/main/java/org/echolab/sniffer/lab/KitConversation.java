package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.Transport;

/**
 * The facts a worksheet asks about one kit conversation, read from the sniffer's own analysis.
 * Frame numbers are 1-based as in Wireshark; 0 means "not in the capture".
 *
 * @param clientIsn raw sequence number of the SYN (tcp.seq_raw)
 * @param serverIsn raw sequence number of the SYN-ACK
 * @param synAckAck raw acknowledgment number of the SYN-ACK: clientIsn + 1
 * @param handshakeComplete SYN, SYN-ACK and the third ACK were all captured
 * @param payloads the segments that carry data, in order
 * @param firstFinFrame the first FIN, 0 when the capture has none
 * @param firstFinFromClient who sent it (meaningless when firstFinFrame is 0)
 * @param teardownPackets segments from the first FIN to the end of the conversation
 * @param windowUpdateFrame the first [TCP Window Update], 0 when none
 */
record KitConversation(int serverPort, int clientPort, long synFrame, long clientIsn, long synAckFrame,
        long serverIsn, long synAckAck, boolean handshakeComplete, List<PayloadSegment> payloads,
        long firstFinFrame, boolean firstFinFromClient, int teardownPackets, long windowUpdateFrame, int packets) {

    KitConversation {
        payloads = List.copyOf(payloads);
    }

    /** The facts of one tcp.stream, or null when its SYN was not captured. */
    static KitConversation of(List<Dissection> stream) {
        Dissection syn = null;
        Dissection synAck = null;
        boolean third = false;
        List<PayloadSegment> payloads = new ArrayList<>();
        long firstFin = 0;
        boolean finFromClient = false;
        int teardown = 0;
        long windowUpdate = 0;
        for (Dissection d : stream) {
            TcpAnalysis a = d.tcp();
            Transport.Tcp tcp = d.packet().tcp();
            switch (a.handshakeStep()) {
                case 1 -> syn = syn == null ? d : syn;
                case 2 -> synAck = synAck == null ? d : synAck;
                case 3 -> third = true;
                default -> { }
            }
            if (tcp.segmentLength() > 0) {
                payloads.add(PayloadSegment.of(d));
            }
            if (firstFin == 0 && tcp.has(TcpFlags.FIN)) {
                firstFin = d.packet().number();
                finFromClient = a.fromInitiator();
            }
            if (a.phase() == Phase.TEARDOWN) {
                teardown++;
            }
            if (windowUpdate == 0 && a.has(Finding.WINDOW_UPDATE)) {
                windowUpdate = d.packet().number();
            }
        }
        if (syn == null) {
            return null;
        }
        Transport.Tcp s = syn.packet().tcp();
        long synAckFrame = synAck == null ? 0 : synAck.packet().number();
        long serverIsn = synAck == null ? -1 : synAck.tcp().rawSeq();
        long synAckAck = synAck == null ? -1 : synAck.tcp().rawAck();
        return new KitConversation(s.dstPort(), s.srcPort(), syn.packet().number(), syn.tcp().rawSeq(), synAckFrame,
                serverIsn, synAckAck, synAck != null && third, payloads, firstFin, finFromClient, teardown,
                windowUpdate, stream.size());
    }

    /** The first data segment the client sent, or null. */
    PayloadSegment firstFromClient() {
        return payloads.stream().filter(PayloadSegment::fromClient).findFirst().orElse(null);
    }

    /** Payload bytes sent in one direction. */
    long bytes(boolean fromClient) {
        return payloads.stream().filter(p -> p.fromClient() == fromClient).mapToLong(PayloadSegment::length).sum();
    }
}
