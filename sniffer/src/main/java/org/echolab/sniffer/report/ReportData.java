package org.echolab.sniffer.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.util.TreeSet;
import org.echolab.cli.Messages;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.Entropy;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadView;
import org.echolab.sniffer.flow.FlowDiagrams;
import org.echolab.sniffer.render.Columns;
import org.echolab.sniffer.render.DetailRenderer;
import org.echolab.sniffer.render.Texts;

/**
 * Writes the report's data as one JSON document for a {@code <script type="application/json">}
 * block. Payload bytes are attacker-controlled, so besides JSON's own escaping {@code <}, {@code >},
 * {@code &} and the JavaScript line separators are written as {@code \}{@code uXXXX}: no capture
 * text can close the script element. The page only ever inserts these strings as text nodes.
 */
final class ReportData {
    private final Texts texts;
    private final Messages report;

    ReportData(Texts texts, Messages report) {
        this.texts = texts;
        this.report = report;
    }

    void write(Writer out, ReportInput in) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setCharacterEscapes(new ScriptSafe());
        g.writeStartObject();
        g.writeStringField("title", report.get("report.title", in.captureName()));
        g.writeObjectFieldStart("labels");
        for (String key : new TreeSet<>(report.bundle().keySet())) {
            if (key.startsWith("ui.")) {
                g.writeStringField(key.substring(3), report.get(key));
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("packets");
        for (Dissection d : in.packets()) {
            packet(g, d, in);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conversations");
        for (int i = 0; i < in.conversations().size(); i++) {
            conversation(g, in.conversations().get(i), in.summaries().get(i).render(texts.explain()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("comparison");
        for (Comparison.Row r : Comparison.of(in, texts.explain())) {
            g.writeStartObject();
            g.writeNumberField("stream", r.stream());
            g.writeNumberField("port", r.port());
            g.writeStringField("kinds", r.kinds());
            g.writeNumberField("bytes", r.bytes());
            g.writeStringField("entropy", Entropy.twoDecimals(r.entropy()));
            g.writeStringField("sample", r.sample());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private void packet(JsonGenerator g, Dissection d, ReportInput in) throws IOException {
        Packet p = d.packet();
        g.writeStartObject();
        g.writeNumberField("n", p.number());
        g.writeStringField("t", Columns.seconds(d.relativeNanos(), 6));
        g.writeStringField("src", Columns.source(p));
        g.writeStringField("dst", Columns.destination(p));
        g.writeStringField("proto", d.protocol());
        g.writeNumberField("len", p.originalLength());
        g.writeStringField("info", d.info());
        g.writeStringField("kind", RowKind.of(d, in.kitPorts()).id());
        g.writeArrayFieldStart("tree");
        for (String line : DetailRenderer.treeLines(d, texts)) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("explain");
        for (String s : d.explanation().renderLines(texts.explain())) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("raw", p.raw().toHex());
        Transport t = p.transport();
        int payloadOffset = t instanceof Transport.Tcp tcp ? tcp.payloadOffset()
                : t instanceof Transport.Udp u ? u.payloadOffset() : p.capturedLength();
        g.writeNumberField("po", Math.min(payloadOffset, p.capturedLength()));
        PayloadView v = d.payload();
        if (v != null && !v.isEmpty()) {
            g.writeStringField("payload", texts.render().get("payload.line", v.bytes(),
                    v.entropyText(), Labels.payloadKindName(v.payloadKind(), texts.explain())));
        }
        g.writeBooleanField("problem", d.tcp() != null && FlowDiagrams.isProblem(d.tcp()));
        g.writeEndObject();
    }

    private void conversation(JsonGenerator g, ConversationSummary c, String summary) throws IOException {
        g.writeStartObject();
        g.writeNumberField("stream", c.stream());
        g.writeStringField("client", c.clientAddr() + ":" + c.clientPort());
        g.writeStringField("server", c.serverAddr() + ":" + c.serverPort());
        g.writeNumberField("packets", c.packets());
        g.writeNumberField("bytesC", c.bytesFromClient());
        g.writeNumberField("bytesS", c.bytesFromServer());
        g.writeStringField("summary", summary);
        g.writeEndObject();
    }

    /** JSON escapes plus the characters that could end a script element or a JS line. */
    static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafe() {
            table['<'] = CharacterEscapes.ESCAPE_STANDARD;
            table['>'] = CharacterEscapes.ESCAPE_STANDARD;
            table['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
