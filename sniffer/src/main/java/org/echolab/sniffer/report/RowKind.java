package org.echolab.sniffer.report;

import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.PayloadKind;
import org.echolab.sniffer.flow.FlowDiagrams;

/**
 * The colour class of a row in the packet table, after Wireshark's colouring rules (bad TCP,
 * RST, SYN/FIN, TCP) plus two of the kit's own: plaintext a bystander can read, and ciphertext.
 */
enum RowKind {
    PROBLEM, RESET, SYNFIN, PLAINTEXT, CIPHER, TCP, OTHER;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static RowKind of(Dissection d, java.util.Set<Integer> kitPorts) {
        Transport.Tcp t = d.packet().tcp();
        if (t == null || d.tcp() == null) {
            return OTHER;
        }
        if (t.has(TcpFlags.RST)) {
            return RESET;
        }
        if (FlowDiagrams.isProblem(d.tcp())) {
            return PROBLEM;
        }
        if (t.has(TcpFlags.SYN) || t.has(TcpFlags.FIN)) {
            return SYNFIN;
        }
        PayloadKind k = d.payload() != null ? d.payload().payloadKind() : PayloadKind.NONE;
        boolean kit = kitPorts.contains(t.srcPort()) || kitPorts.contains(t.dstPort());
        if (kit && k == PayloadKind.TEXT) {
            return PLAINTEXT;
        }
        if (k.isKit()) {
            return CIPHER;
        }
        return TCP;
    }
}
