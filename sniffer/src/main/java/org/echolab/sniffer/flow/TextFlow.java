package org.echolab.sniffer.flow;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.render.Columns;
import org.echolab.sniffer.render.DisplayWidth;

/**
 * Draws a {@link FlowDiagram} for an 80-column terminal: time on the left, the client's and
 * the server's lifelines, one arrow per segment labelled with flags and relative numbers, the
 * frame number and analysis marks on the right, and each phase bracketed.
 *
 * <pre>
 * ┌─ Connection setup (3-way handshake)
 * │ 0.000000 │─ SYN Seq=0 Len=0 ───────────────────▶│ #1
 * │ 0.000030 │◀─────────── SYN,ACK Seq=0 Ack=1 Len=0 ─│ #2
 * </pre>
 */
public final class TextFlow {
    /** Total width of every line, in terminal columns. */
    public static final int WIDTH = 80;
    /** Columns right of the server's lifeline for the frame number and the marks. */
    static final int NOTES = 25;
    private static final int MIN_TIME = 8;

    private final FlowTexts texts;
    private final Glyphs g;

    public TextFlow(FlowTexts texts, boolean ascii) {
        this.texts = texts;
        this.g = ascii ? Glyphs.ASCII : Glyphs.UNICODE;
    }

    public void write(PrintWriter out, FlowDiagram d) {
        for (String line : lines(d)) {
            out.println(line);
        }
    }

    List<String> lines(FlowDiagram d) {
        String timeHead = texts.flow().get("flow.time");
        int t = Math.max(MIN_TIME, DisplayWidth.of(timeHead));
        for (FlowRow r : d.rows()) {
            t = Math.max(t, Columns.seconds(r.relativeNanos(), 6).length());
        }
        int field = WIDTH - NOTES - t - 6;
        List<String> out = new ArrayList<>();
        out.add(DisplayWidth.cut(g.fit(texts.flow().get("flow.title", Integer.toString(d.stream()), d.client(),
                d.server(), Integer.toString(d.rows().size()))), WIDTH, g.ellipsis()));
        out.add(heads(" ".repeat(t + 3), texts.flow().get("flow.client"), texts.flow().get("flow.server"), field));
        String left = "  " + DisplayWidth.padLeft(timeHead, t) + " ";
        if (DisplayWidth.of(d.client()) + DisplayWidth.of(d.server()) + 2 <= field + 2) {
            out.add(heads(left, d.client(), d.server(), field));
        } else {
            out.add(heads(left, d.client(), "", field));
            out.add(heads(" ".repeat(t + 3), "", d.server(), field));
        }
        out.add(" ".repeat(t + 3) + g.lifeline() + " ".repeat(field) + g.lifeline());
        for (FlowDiagram.Section s : d.sections()) {
            out.add(g.open() + String.valueOf(g.line()) + " " + Labels.phaseName(s.phase(), texts.explain()));
            for (int i = s.from(); i < s.to(); i++) {
                char bracket = i == s.to() - 1 ? g.close() : g.lifeline();
                row(out, d.rows().get(i), bracket, t, field);
            }
        }
        return out;
    }

    /** The client's text starting at its lifeline, the server's ending at its lifeline. */
    private String heads(String left, String client, String server, int field) {
        int gap = field + 2 - DisplayWidth.of(client) - DisplayWidth.of(server);
        return (left + client + " ".repeat(Math.max(1, gap)) + server).stripTrailing();
    }

    private void row(List<String> out, FlowRow r, char bracket, int t, int field) {
        String time = DisplayWidth.padLeft(Columns.seconds(r.relativeNanos(), 6), t);
        String blankTime = " ".repeat(t);
        boolean fits = DisplayWidth.of(r.label()) <= field - 5;
        String arrow = arrow(fits ? r.label() : r.flags(), r.fromClient(), field);
        List<String> notes = notes(r);
        List<String> extraFields = new ArrayList<>();
        if (!fits) {
            String n = DisplayWidth.cut(r.numbers(), field - 4, g.ellipsis());
            extraFields.add(r.fromClient() ? DisplayWidth.padRight("  " + n, field)
                    : DisplayWidth.padLeft(n + "  ", field));
        }
        int lines = Math.max(1 + extraFields.size(), notes.size());
        for (int i = 0; i < lines; i++) {
            char b = i == lines - 1 ? bracket : g.lifeline();
            String f = i == 0 ? arrow : i - 1 < extraFields.size() ? extraFields.get(i - 1) : " ".repeat(field);
            String note = i < notes.size() ? notes.get(i) : "";
            String line = b + " " + (i == 0 ? time : blankTime) + " " + g.lifeline() + f + g.lifeline() + " " + note;
            out.add(DisplayWidth.cut(g.fit(line.stripTrailing()), WIDTH, g.ellipsis()));
        }
    }

    private String arrow(String label, boolean right, int field) {
        String text = DisplayWidth.cut(label, field - 5, g.ellipsis());
        int fill = field - 4 - DisplayWidth.of(text);
        String line = String.valueOf(g.line());
        return right
                ? line + " " + text + " " + line.repeat(fill) + g.headRight()
                : g.headLeft() + line.repeat(fill) + " " + text + " " + line;
    }

    /** "#12 Retransmission, …" wrapped into lines of at most {@link #NOTES} - 1 columns. */
    private List<String> notes(FlowRow r) {
        int width = NOTES - 1;
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder("#").append(r.frame());
        boolean first = true;
        for (String m : r.marks()) {
            String mark = DisplayWidth.cut(m, width, g.ellipsis());
            String sep = first ? " " : ", ";
            first = false;
            if (DisplayWidth.of(cur.toString()) + sep.length() + DisplayWidth.of(mark) <= width) {
                cur.append(sep).append(mark);
            } else {
                lines.add(cur.toString());
                cur = new StringBuilder(mark);
            }
        }
        lines.add(cur.toString());
        return lines;
    }
}
