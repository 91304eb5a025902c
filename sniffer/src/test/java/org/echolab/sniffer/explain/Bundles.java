package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.echolab.cli.Messages;

/** The two languages of the explanation bundle, and checks that rendered text is finished. */
final class Bundles {
    static final Messages EN = Explanation.messages(Locale.ENGLISH);
    static final Messages KO = Explanation.messages(Locale.KOREAN);
    static final List<Messages> BOTH = List.of(EN, KO);

    /** A number printed with grouping separators, e.g. 4,175,220,520. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,.\u00a0]\\d{3}){2,}");

    private Bundles() {
    }

    /** No missing key, no unfilled placeholder, no grouped number. */
    static void assertClean(String text) {
        assertFalse(text.contains("!"), () -> "missing key in: " + text);
        assertFalse(text.matches("(?s).*\\{\\d.*"), () -> "unfilled placeholder in: " + text);
        assertFalse(GROUPED.matcher(text).find(), () -> "grouping separators in: " + text);
    }

    static String render(Explanation e, Messages m) {
        String text = e.render(m);
        assertClean(text);
        return text;
    }

    /** One bundle file exactly as written (no parent bundle). */
    static Properties raw(String fileName) {
        Properties p = new Properties();
        String path = "/org/echolab/sniffer/explain/" + fileName;
        try (InputStream in = Bundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
