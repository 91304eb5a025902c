package org.echolab.sniffer.explain;

import java.nio.charset.StandardCharsets;
import org.echolab.cli.Utf8Buffer;
import org.echolab.cli.Utf8Text;
import org.echolab.sniffer.decode.Bytes;

/**
 * A payload's text as an explanation quotes it: {@link PayloadBytes#quote} of the text whose
 * UTF-8 is {@code utf8}, cut after {@code maxChars} code points. The sentence holds this instead
 * of the quoted String, and a renderer writes it straight from the payload's bytes when they are
 * printable ASCII with nothing to escape: nearly every payload the kit sends.
 */
record QuotedText(Bytes utf8, int maxChars) implements Utf8Text {
    private static final byte[] ELLIPSIS_QUOTE = "\u2026\"".getBytes(StandardCharsets.UTF_8);

    QuotedText {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    @Override
    public void appendTo(Utf8Buffer out) {
        int n = Math.min(utf8.length(), maxChars);
        for (int i = 0; i < n; i++) {
            int b = utf8.get(i);
            if (b < 0x20 || b > 0x7e || PayloadBytes.isEscaped(b)) {
                out.append(toString());
                return;
            }
        }
        // n ASCII bytes are n code points: the text is cut exactly when more bytes follow.
        out.ascii('"');
        utf8.slice(0, n).appendTo(out);
        if (n < utf8.length()) {
            out.append(ELLIPSIS_QUOTE);
        } else {
            out.ascii('"');
        }
    }

    @Override
    public String toString() {
        return PayloadBytes.quote(utf8.toUtf8String(), maxChars);
    }
}
