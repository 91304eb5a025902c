package org.echolab.sniffer.flow;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.render.Columns;

/**
 * Draws ladder diagrams as one self-contained SVG document (no fonts, links or scripts from
 * outside), sized to stay readable on a projector: every diagram stacked top to bottom, one
 * {@code <g class="packet">} with one {@code <line class="arrow">} per segment. The JDK's
 * {@link XMLStreamWriter} escapes every text, so the output is always well-formed XML.
 */
public final class SvgFlow {
    static final String NS = "http://www.w3.org/2000/svg";
    static final int WIDTH = 1000;
    static final int ROW = 30;
    static final int TIME_X = 118;
    static final int CLIENT_X = 200;
    static final int SERVER_X = 640;
    static final int NOTES_X = 656;
    static final int HEAD = 96;
    static final int GAP = 40;
    private static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    private final FlowTexts texts;

    public SvgFlow(FlowTexts texts) {
        this.texts = texts;
    }

    public void write(OutputStream os, List<FlowDiagram> diagrams) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            document(w, diagrams);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    static int height(FlowDiagram d) {
        return HEAD + (d.rows().size() + d.sections().size()) * ROW + GAP;
    }

    private void document(XMLStreamWriter w, List<FlowDiagram> diagrams) throws XMLStreamException {
        int total = 20;
        for (FlowDiagram d : diagrams) {
            total += height(d);
        }
        w.writeStartElement("svg");
        w.writeDefaultNamespace(NS);
        attr(w, "width", WIDTH, "height", total, "viewBox", "0 0 " + WIDTH + " " + total);
        w.writeAttribute("font-family", FONT);
        w.writeAttribute("font-size", "15");
        w.writeStartElement("defs");
        marker(w, "head", "#1f4e9c");
        marker(w, "head-back", "#1b6e35");
        marker(w, "head-problem", "#c62828");
        w.writeEndElement();
        rect(w, 0, 0, WIDTH, total, "#ffffff");
        int y = 20;
        for (FlowDiagram d : diagrams) {
            diagram(w, d, y);
            y += height(d);
        }
        w.writeEndElement();
    }

    private void diagram(XMLStreamWriter w, FlowDiagram d, int top) throws XMLStreamException {
        w.writeStartElement("g");
        w.writeAttribute("class", "diagram");
        w.writeAttribute("data-stream", Integer.toString(d.stream()));
        text(w, 10, top + 6, "start", "bold", "#000000",
                texts.flow().get("flow.svg.title", Integer.toString(d.stream()), d.client(), d.server()));
        text(w, CLIENT_X, top + 36, "middle", "bold", "#1f4e9c", texts.flow().get("flow.client"));
        text(w, CLIENT_X, top + 56, "middle", null, "#1f4e9c", d.client());
        text(w, SERVER_X, top + 36, "middle", "bold", "#1b6e35", texts.flow().get("flow.server"));
        text(w, SERVER_X, top + 56, "middle", null, "#1b6e35", d.server());
        text(w, TIME_X, top + 56, "end", null, "#555555", texts.flow().get("flow.time"));
        int y = top + HEAD - ROW / 2;
        int bottom = top + height(d) - GAP;
        lifeline(w, CLIENT_X, top + 66, bottom);
        lifeline(w, SERVER_X, top + 66, bottom);
        for (FlowDiagram.Section s : d.sections()) {
            int rows = s.to() - s.from() + 1;
            rect(w, 4, y - ROW / 2 - 4, WIDTH - 8, rows * ROW, background(s.phase()));
            text(w, 12, y + 5, "start", "bold", "#333333", Labels.phaseName(s.phase(), texts.explain()));
            y += ROW;
            for (int i = s.from(); i < s.to(); i++) {
                arrow(w, d.rows().get(i), y);
                y += ROW;
            }
        }
        w.writeEndElement();
    }

    private void arrow(XMLStreamWriter w, FlowRow r, int y) throws XMLStreamException {
        w.writeStartElement("g");
        w.writeAttribute("class", "packet");
        w.writeAttribute("data-frame", Long.toString(r.frame()));
        w.writeStartElement("title");
        w.writeCharacters(texts.flow().get("flow.svg.frame", Long.toString(r.frame())) + ": " + r.label()
                + (r.marks().isEmpty() ? "" : " (" + String.join(", ", r.marks()) + ")"));
        w.writeEndElement();
        String color = r.problem() ? "#c62828" : r.fromClient() ? "#1f4e9c" : "#1b6e35";
        String head = r.problem() ? "head-problem" : r.fromClient() ? "head" : "head-back";
        int x1 = r.fromClient() ? CLIENT_X : SERVER_X;
        int x2 = r.fromClient() ? SERVER_X - 2 : CLIENT_X + 2;
        w.writeEmptyElement("line");
        w.writeAttribute("class", "arrow");
        attr(w, "x1", x1, "y1", y + 6, "x2", x2, "y2", y + 6);
        w.writeAttribute("stroke", color);
        w.writeAttribute("stroke-width", "2");
        w.writeAttribute("marker-end", "url(#" + head + ")");
        text(w, (CLIENT_X + SERVER_X) / 2, y, "middle", null, color, r.label());
        text(w, TIME_X, y + 10, "end", null, "#555555", Columns.seconds(r.relativeNanos(), 6));
        String notes = "#" + r.frame() + (r.marks().isEmpty() ? "" : " " + String.join(", ", r.marks()));
        text(w, NOTES_X, y + 10, "start", r.problem() ? "bold" : null, r.problem() ? "#c62828" : "#333333", notes);
        w.writeEndElement();
    }

    private static String background(Phase p) {
        return switch (p) {
            case HANDSHAKE -> "#e8f0fe";
            case DATA -> "#f5f5f5";
            case TEARDOWN -> "#fff4e0";
            case RESET -> "#fde8e8";
        };
    }

    private static void marker(XMLStreamWriter w, String id, String color) throws XMLStreamException {
        w.writeStartElement("marker");
        w.writeAttribute("id", id);
        attr(w, "markerWidth", 10, "markerHeight", 10, "refX", 9, "refY", 5);
        w.writeAttribute("orient", "auto");
        w.writeAttribute("markerUnits", "userSpaceOnUse");
        w.writeEmptyElement("path");
        w.writeAttribute("d", "M0,0 L10,5 L0,10 z");
        w.writeAttribute("fill", color);
        w.writeEndElement();
    }

    private static void lifeline(XMLStreamWriter w, int x, int y1, int y2) throws XMLStreamException {
        w.writeEmptyElement("line");
        attr(w, "x1", x, "y1", y1, "x2", x, "y2", y2);
        w.writeAttribute("stroke", "#888888");
        w.writeAttribute("stroke-width", "2");
        w.writeAttribute("stroke-dasharray", "6 4");
    }

    private static void rect(XMLStreamWriter w, int x, int y, int width, int height, String fill)
            throws XMLStreamException {
        w.writeEmptyElement("rect");
        attr(w, "x", x, "y", y, "width", width, "height", height);
        w.writeAttribute("fill", fill);
    }

    private static void text(XMLStreamWriter w, int x, int y, String anchor, String weight, String fill, String s)
            throws XMLStreamException {
        w.writeStartElement("text");
        attr(w, "x", x, "y", y);
        w.writeAttribute("text-anchor", anchor);
        if (weight != null) {
            w.writeAttribute("font-weight", weight);
        }
        w.writeAttribute("fill", fill);
        w.writeCharacters(s);
        w.writeEndElement();
    }

    private static void attr(XMLStreamWriter w, Object... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            w.writeAttribute((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
    }
}
