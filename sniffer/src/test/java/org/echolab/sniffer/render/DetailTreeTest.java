package org.echolab.sniffer.render;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.Explanation;
import org.junit.jupiter.api.Test;

/** The [SEQ/ACK analysis] part of the detail tree: stable order, labels printed as written. */
class DetailTreeTest {
    private static final NetAddress LOOPBACK = NetAddress.ipv4(127, 0, 0, 1);

    private static Dissection ack(Set<Finding> findings) {
        IpHeader ip = new IpHeader.Ipv4(0, 20, 0, 0, 40, 0, 2, 0, 64, 6, 0, LOOPBACK, LOOPBACK, Bytes.EMPTY);
        Transport.Tcp tcp = new Transport.Tcp(20, 12321, 40000, 1000, 2000, 20, ACK, 0, 0, 0, List.of(), 0, 40,
                Bytes.EMPTY);
        Packet p = new Packet(9, 1, LinkType.RAW, 40, 40, Bytes.EMPTY, null, ip, tcp, null);
        TcpAnalysis a = new TcpAnalysis(0, false, 1, 901, 1000, 2000, 1, 0, -2, findings, 0, 0, 0, -1, -1,
                Phase.DATA, 0, 15);
        return new Dissection(p, a, 0, null, new Explanation(List.of()), null);
    }

    @Test
    void findingsAreListedInOneFixedOrderWhateverOrderTheyWereFoundIn() {
        // Added last to first: Set.copyOf would iterate them in an order that changes from one JVM run to the next.
        List<Finding> reversed = new ArrayList<>(List.of(Finding.values()));
        java.util.Collections.reverse(reversed);
        Set<Finding> found = new LinkedHashSet<>(reversed);
        assertEquals(List.copyOf(EnumSet.allOf(Finding.class)), List.copyOf(ack(found).tcp().findings()));

        Texts texts = Texts.load(Locale.ENGLISH);
        List<String> lines = DetailRenderer.treeLines(ack(found), texts);
        List<Integer> at = new ArrayList<>();
        for (Finding f : Finding.values()) {
            String label = texts.render().format("detail.tcp.analysis." + f.field());
            at.add(lines.indexOf("        " + label));
        }
        assertFalse(at.contains(-1), () -> "every finding has its line: " + lines);
        List<Integer> sorted = new ArrayList<>(at);
        sorted.sort(null);
        assertEquals(sorted, at, "lines in Finding order");
    }

    @Test
    void aLabelWithAnApostropheAndNoArgumentsPrintsOneApostrophe() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            List<String> lines = DetailRenderer.treeLines(ack(EnumSet.of(Finding.ACK_LOST_SEGMENT)), Texts.load(locale));
            assertTrue(lines.stream().noneMatch(l -> l.contains("''")), () -> String.join("\n", lines));
        }
        List<String> en = DetailRenderer.treeLines(ack(EnumSet.of(Finding.ACK_LOST_SEGMENT)), Texts.load(Locale.ENGLISH));
        assertTrue(en.contains("        [ACKed segment that wasn't captured (common at capture start)]"), String.join("\n", en));
    }
}
