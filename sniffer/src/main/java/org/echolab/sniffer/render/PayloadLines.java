package org.echolab.sniffer.render;

import java.util.Arrays;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadView;

/** The payload part of a packet's text: size, entropy and kind, then the text or a hex dump. */
final class PayloadLines {
    /** Stands for the quoted text while the line's pattern is filled in. */
    private static final String MARK = "\u0000";

    private PayloadLines() {
    }

    static void write(Utf8Buffer out, String indent, PayloadView v, Texts texts, Ansi ansi) {
        if (v == null || v.isEmpty()) {
            return;
        }
        out.append(indent);
        texts.render().formatTo(out, "payload.line", Integer.toString(v.bytes()), v.entropyText(),
                Labels.payloadKindName(v.payloadKind(), texts.explain()));
        out.append(TextRenderer.LINE_END);
        if (v.text() != null) {
            out.append(indent);
            String plain = ansi.enabled() ? null : v.textNeedingNoEscape();
            if (plain != null) {
                // A long text is printed as it is, not copied into a quoted string and then into the line.
                int start = out.length();
                texts.render().formatTo(out, "payload.text", MARK);
                byte[] a = out.array();
                int mark = start;
                while (a[mark] != 0) {
                    mark++;
                }
                byte[] after = Arrays.copyOfRange(a, mark + 1, out.length());
                out.setLength(mark);
                out.ascii('"');
                // The payload's own bytes are the text's UTF-8: copied, not encoded again.
                v.textUtf8().appendTo(out);
                out.ascii('"').append(after);
            } else {
                out.append(ansi.paint(Ansi.BOLD_RED, texts.render().get("payload.text", v.quotedText())));
            }
            out.append(TextRenderer.LINE_END);
            return;
        }
        for (String line : v.dumpLines()) {
            out.append(indent).append("  ").append(ansi.paint(Ansi.DIM, line)).append(TextRenderer.LINE_END);
        }
        if (v.truncated()) {
            out.append(indent).append("  ");
            texts.render().formatTo(out, "payload.more", Integer.toString(v.bytes() - v.shown().length()));
            out.append(TextRenderer.LINE_END);
        }
    }
}
