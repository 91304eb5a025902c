package org.echolab.sniffer.render;

import java.io.PrintWriter;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadView;

/** The payload part of a packet's text: size, entropy and kind, then the text or a hex dump. */
final class PayloadLines {
    /** Stands for the quoted text while the line's pattern is filled in. */
    private static final String MARK = "\u0000";

    private PayloadLines() {
    }

    static void write(PrintWriter out, String indent, PayloadView v, Texts texts, Ansi ansi) {
        if (v == null || v.isEmpty()) {
            return;
        }
        out.print(indent);
        out.println(texts.render().get("payload.line", Integer.toString(v.bytes()), v.entropyText(),
                Labels.payloadKindName(v.payloadKind(), texts.explain())));
        if (v.text() != null) {
            out.print(indent);
            String plain = ansi.enabled() ? null : v.textNeedingNoEscape();
            if (plain != null) {
                // A long text is printed as it is, not copied into a quoted string and then into the line.
                String line = texts.render().get("payload.text", MARK);
                int at = line.indexOf(MARK);
                out.print(line.substring(0, at));
                out.print('"');
                out.print(plain);
                out.print('"');
                out.println(line.substring(at + MARK.length()));
            } else {
                out.println(ansi.paint(Ansi.BOLD_RED, texts.render().get("payload.text", v.quotedText())));
            }
            return;
        }
        for (String line : v.dumpLines()) {
            out.print(indent);
            out.print("  ");
            out.println(ansi.paint(Ansi.DIM, line));
        }
        if (v.truncated()) {
            out.print(indent);
            out.print("  ");
            out.println(texts.render().get("payload.more", Integer.toString(v.bytes() - v.shown().length())));
        }
    }
}
