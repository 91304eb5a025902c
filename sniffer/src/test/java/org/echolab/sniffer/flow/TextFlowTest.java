package org.echolab.sniffer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.echolab.sniffer.render.DisplayWidth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFlowTest {
    /** Set -Dflow.golden.update=true to rewrite the golden files from the current output. */
    private static final boolean UPDATE = Boolean.getBoolean("flow.golden.update");

    static String draw(String capture, String lang, boolean ascii) {
        FlowTexts texts = FlowTexts.load(Locale.forLanguageTag(lang));
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        TextFlow flow = new TextFlow(texts, ascii);
        for (FlowDiagram d : new FlowDiagrams(texts).build(Dissected.read(capture, false))) {
            flow.write(out, d);
        }
        out.flush();
        return sw.toString().replace(System.lineSeparator(), "\n");
    }

    @ParameterizedTest
    @CsvSource({
        "kit-plain.pcap, en, false, kit-plain.en.txt",
        "kit-plain.pcap, en, true, kit-plain.en.ascii.txt",
        "kit-plain.pcap, ko, false, kit-plain.ko.txt",
        "kit-secure.pcap, en, false, kit-secure.en.txt",
        "kit-secure.pcap, ko, true, kit-secure.ko.ascii.txt",
        "crafted.pcap, en, false, crafted.en.txt",
    })
    void diagramMatchesGoldenFile(String capture, String lang, boolean ascii, String golden) throws IOException {
        String actual = draw(capture, lang, ascii);
        if (UPDATE) {
            Files.writeString(Path.of("src/test/resources/flow", golden), actual, StandardCharsets.UTF_8);
        }
        try (InputStream is = getClass().getResourceAsStream("/flow/" + golden)) {
            assertEquals(new String(is.readAllBytes(), StandardCharsets.UTF_8), actual, golden);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kit-plain.pcap", "kit-secure.pcap", "crafted.pcap", "rst.pcap", "zero-window.pcap",
        "echo-ipv6.pcap", "port-reuse.pcap"})
    void everyLineFitsEightyColumnsInBothLanguages(String capture) {
        for (String lang : List.of("en", "ko")) {
            for (String line : draw(capture, lang, false).split("\n")) {
                assertTrue(DisplayWidth.of(line) <= TextFlow.WIDTH, lang + ": " + line);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kit-plain.pcap", "crafted.pcap"})
    void asciiDiagramHoldsOnlyAsciiWhenLabelsAreEnglish(String capture) {
        String text = draw(capture, "en", true);
        assertTrue(text.chars().allMatch(c -> c < 128), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kit-plain.pcap", "kit-secure.pcap", "crafted.pcap"})
    void oneArrowHeadPerPacket(String capture) {
        String text = draw(capture, "en", false);
        long heads = text.chars().filter(c -> c == '▶' || c == '◀').count();
        assertEquals(Dissected.read(capture, false).size(), heads);
    }
}
