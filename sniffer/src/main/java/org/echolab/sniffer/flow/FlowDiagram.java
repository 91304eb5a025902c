package org.echolab.sniffer.flow;

import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.analyze.Phase;

/**
 * The ladder diagram of one TCP conversation: the client (the side that sent the first SYN, or
 * the first sender seen) on the left, the server on the right, one {@link FlowRow} per segment.
 *
 * @param stream tcp.stream
 * @param client {@code address:port} of the client ({@code [v6]:port} for IPv6)
 */
public record FlowDiagram(int stream, String client, String server, List<FlowRow> rows) {
    public FlowDiagram {
        rows = List.copyOf(rows);
    }

    /** A run of consecutive rows in the same phase, which the diagram brackets. */
    public record Section(Phase phase, int from, int to) {
    }

    /** The rows grouped into runs of the same phase, in order ({@code to} is exclusive). */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i).phase() != rows.get(start).phase()) {
                out.add(new Section(rows.get(start).phase(), start, i));
                start = i;
            }
        }
        return out;
    }
}
