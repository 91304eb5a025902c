package org.echolab.sniffer.render;

import java.util.Arrays;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadView;

/** The payload part of a packet's text: size, entropy and kind, then the text or a hex dump. */
final class PayloadLines {
    /** Stands for the quoted text while the line's pattern is filled in. */
    private static final String MARK = "\u0000";

    private PayloadLines() {
    }

    static void write(Utf8Buffer out, byte[] indent, PayloadView v, Texts texts, Ansi ansi) {
        if (v == null || v.isEmpty()) {
            return;
        }
        out.append(indent);
        texts.render().formatTo(out, "payload.line", v.bytes(), v.entropyText(),
                Labels.payloadKindName(v.payloadKind(), texts.explain()));
        out.append(TextRenderer.LINE_END_UTF8);
        if (v.textUtf8() != null) {
            out.append(indent);
            if (!ansi.enabled() && v.escapeFree()) {
                // A long text is printed as it is, not copied into a quoted string and then into the line:
                // the pattern's text before and after the quoted payload, then the payload's own bytes
                // (the text's UTF-8), copied, not encoded again.
                TextLine line = textLine(texts.render());
                out.append(line.before).ascii('"');
                v.textUtf8().appendTo(out);
                out.ascii('"').append(line.after);
            } else {
                out.append(ansi.paint(Ansi.BOLD_RED, texts.render().get("payload.text", v.quotedText())));
            }
            out.append(TextRenderer.LINE_END_UTF8);
            return;
        }
        for (String line : v.dumpLines()) {
            out.append(indent).append("  ").append(ansi.paint(Ansi.DIM, line)).append(TextRenderer.LINE_END_UTF8);
        }
        if (v.truncated()) {
            out.append(indent).append("  ");
            texts.render().formatTo(out, "payload.more", Integer.toString(v.bytes() - v.shown().length()));
            out.append(TextRenderer.LINE_END_UTF8);
        }
    }

    /** The "payload.text" pattern's UTF-8 around its quoted text, for one bundle. */
    private record TextLine(Messages messages, byte[] before, byte[] after) {
    }

    /** The last bundle's {@link TextLine}: a run prints in one language. */
    private static volatile TextLine lastTextLine;

    private static TextLine textLine(Messages messages) {
        TextLine line = lastTextLine;
        if (line == null || line.messages() != messages) {
            Utf8Buffer b = new Utf8Buffer(64);
            messages.formatTo(b, "payload.text", MARK);
            byte[] a = b.array();
            int mark = 0;
            while (mark < b.length() && a[mark] != 0) {
                mark++;
            }
            // A pattern without its slot (a bundle missing the key prints "!payload.text!") keeps all before.
            line = new TextLine(messages, Arrays.copyOfRange(a, 0, mark),
                    Arrays.copyOfRange(a, Math.min(mark + 1, b.length()), b.length()));
            lastTextLine = line;
        }
        return line;
    }
}
