package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;
import org.junit.jupiter.api.Test;

/**
 * Every pattern of every sniffer bundle, in both languages, prints through the compiled
 * templates exactly as through {@link MessageFormat} (as text and as UTF-8 bytes), with numbers where the pattern formats
 * numbers and text elsewhere.
 */
class TemplateEquivalenceTest {
    @Test
    void everyPatternOfEveryBundleFormatsAsMessageFormatDoes() throws IOException, URISyntaxException {
        // The main resources' org/echolab/sniffer folder (the test classes have one of their own).
        Path root = Path.of(TemplateEquivalenceTest.class.getResource("/org/echolab/sniffer/explain/Explanations_en.properties")
                .toURI()).getParent().getParent();
        List<String> bases;
        try (Stream<Path> files = Files.walk(root)) {
            bases = files.map(p -> root.getParent().getParent().getParent().relativize(p).toString())
                    .filter(p -> p.endsWith("_en.properties"))
                    .map(p -> p.replace('/', '.').replace("_en.properties", ""))
                    .toList();
        }
        assertTrue(bases.size() >= 5, "bundles found: " + bases);
        int checked = 0;
        for (String base : bases) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                Messages messages = Messages.load(base, locale);
                ResourceBundle bundle = messages.bundle();
                for (String key : bundle.keySet()) {
                    MessageFormat reference;
                    try {
                        reference = new MessageFormat(bundle.getString(key), locale);
                    } catch (IllegalArgumentException notAPattern) {
                        // picocli's help texts (${DEFAULT-VALUE}) are not MessageFormat patterns and never go through one.
                        continue;
                    }
                    Format[] formats = reference.getFormatsByArgumentIndex();
                    for (Object number : new Object[] {0L, 4_294_967_295L, -3, 0.0165, 12.5}) {
                        Object[] args = new Object[formats.length];
                        for (int i = 0; i < args.length; i++) {
                            args[i] = formats[i] instanceof NumberFormat ? number : "arg" + i;
                        }
                        String expected = reference.format(args);
                        assertEquals(expected, messages.format(key, args), base + " " + locale + " " + key);
                        Utf8Buffer bytes = new Utf8Buffer(8);
                        messages.formatTo(bytes, key, args);
                        assertEquals(expected, bytes.toString(), "formatTo: " + base + " " + locale + " " + key);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, checked + " patterns checked");
    }
}
