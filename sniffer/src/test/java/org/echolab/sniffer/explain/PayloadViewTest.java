package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.decode.Bytes;
import org.junit.jupiter.api.Test;

/** A payload read as text keeps the bytes it was read from: exactly the text's UTF-8. */
class PayloadViewTest {
    @Test
    void theQuoteWrittenFromTheBytesIsTheQuotedText() {
        Random random = new Random(17);
        String[] words = {"HELLO ", "\uc548\ub155 ", "\u2192", "\r\n", "\t", "x\"y\\z", "\ud83d\ude00", "A", "0123456789",
            "B".repeat(59)};
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 1 + random.nextInt(8); w > 0; w--) {
                sb.append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            QuotedText q = PayloadView.ofContent(Bytes.copyOf(text.getBytes(StandardCharsets.UTF_8)), false)
                    .shortQuotedText();
            assertEquals(PayloadBytes.quote(text, PayloadView.QUOTE_CHARS), q.toString());
            Utf8Buffer out = new Utf8Buffer(1).append("> ");
            q.appendTo(out);
            assertEquals("> " + q, out.toString(), text);
            if (text.chars().limit(PayloadView.QUOTE_CHARS).allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
                fast++;
            }
        }
        // Both ways were taken often: printable ASCII from the bytes, the rest through the String.
        int fastPath = fast;
        assertTrue(fastPath > 1_000 && fastPath < 19_000, () -> "fast path " + fastPath);
        assertNull(PayloadView.ofContent(Bytes.ofHex("00 ff 10 c3 28"), false).shortQuotedText());
    }

    @Test
    void oneByteOutsidePrintableAsciiMakesAPayloadBinaryShortOrLong() {
        Random random = new Random(23);
        for (int bad = 0; bad < 256; bad++) {
            boolean allowed = bad >= 0x20 && bad <= 0x7e || bad == '\t' || bad == '\n' || bad == '\r';
            // Short payloads are checked byte by byte, long ones from their byte histogram.
            for (int n : new int[] {40, PayloadBytes.SHORT, PayloadBytes.SHORT + 1, 700}) {
                byte[] data = new byte[n];
                for (int j = 0; j < n; j++) {
                    data[j] = (byte) (0x20 + random.nextInt(0x5f));
                }
                data[random.nextInt(n)] = (byte) bad;
                PayloadView v = PayloadView.ofContent(Bytes.copyOf(data), false);
                assertEquals(allowed ? PayloadKind.TEXT : PayloadKind.BINARY, v.payloadKind(), bad + " in " + n);
            }
        }
    }

    @Test
    void textBytesAreTheTextsUtf8AndBinaryHasNone() {
        Random random = new Random(13);
        String[] words = {"HELLO ", "\uc548\ub155 ", "\u2192", "\r\n", "\t", "x\"y\\z", "\ud83d\ude00", "A".repeat(300)};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 1 + random.nextInt(6); w > 0; w--) {
                sb.append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            for (boolean full : new boolean[] {false, true}) {
                PayloadView v = PayloadView.ofContent(Bytes.copyOf(text.getBytes(StandardCharsets.UTF_8)), full);
                assertEquals(text, v.text());
                assertEquals(text, new String(v.textUtf8().toArray(), StandardCharsets.UTF_8));
                // Nothing to escape exactly when quoting the whole text only adds the quotes.
                assertEquals(v.quotedText().equals('"' + text + '"'), v.escapeFree(), text);
                // What lets a JSON line take the bytes unescaped: nothing JSON escapes is in them.
                if (v.escapeFree()) {
                    assertTrue(text.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '"' || c == '\\'), text);
                }
            }
        }
        PayloadView binary = PayloadView.ofContent(Bytes.ofHex("00 ff 10 c3 28"), false);
        assertNull(binary.text());
        assertNull(binary.textUtf8());
        assertFalse(binary.escapeFree());
        assertNull(PayloadView.NONE.textUtf8());
    }
}
