package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.echolab.cli.Messages;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Malformed;
import org.echolab.sniffer.decode.TcpFlags;
import org.junit.jupiter.api.Test;

class ExplanationBundlesTest {
    @Test
    void koreanAndEnglishHaveExactlyTheSameKeys() {
        Set<String> english = new TreeSet<>(Bundles.raw("Explanations.properties").stringPropertyNames());
        Set<String> korean = new TreeSet<>(Bundles.raw("Explanations_ko.properties").stringPropertyNames());
        assertEquals(english, korean);
        assertTrue(Bundles.raw("Explanations_en.properties").isEmpty(), "English lives in the base bundle");
        assertEquals(english, new TreeSet<>(Bundles.EN.bundle().keySet()));
    }

    @Test
    void everyPatternIsValidMessageFormat() {
        for (String file : new String[] {"Explanations.properties", "Explanations_ko.properties"}) {
            Properties p = Bundles.raw(file);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), Locale.ROOT);
            }
        }
    }

    @Test
    void koreanMessagesAreTranslated() {
        Properties en = Bundles.raw("Explanations.properties");
        Properties ko = Bundles.raw("Explanations_ko.properties");
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("completeness.") && !key.endsWith("complete") && !key.endsWith("data")
                    && !key.endsWith("nothing") || key.startsWith("list.") || key.startsWith("opt.sack")) {
                continue;
            }
            assertNotEquals(en.getProperty(key), ko.getProperty(key), key);
        }
    }

    @Test
    void everyFindingRendersInBothLanguages() {
        TcpAnalysis a = Seg.c2s(9, TcpFlags.ACK, 4175220520L, 4175220520L).dupAck(3, 123456).analysis();
        for (Messages m : Bundles.BOTH) {
            for (Finding f : Finding.values()) {
                String text = Explainer.explainFinding(f, a).render(m);
                Bundles.assertClean(text);
                assertTrue(text.contains("4175220520") || !text.contains("4175"), text);
                assertTrue(m.has(Explainer.explainKeyOf(f)), f.field());
                Bundles.assertClean(Labels.findingName(f, m));
            }
        }
    }

    @Test
    void everyPhaseAndPayloadKindHasALabel() {
        for (Messages m : Bundles.BOTH) {
            for (Phase p : Phase.values()) {
                Bundles.assertClean(Labels.phaseName(p, m));
                assertTrue(m.has(Labels.phaseKey(p)), p.name());
            }
            for (PayloadKind k : PayloadKind.values()) {
                Bundles.assertClean(Labels.payloadKindName(k, m));
                assertTrue(m.has(k.labelKey()), k.id());
            }
        }
    }

    @Test
    void everyMalformedKindRendersAndUnknownKindsFallBack() {
        for (Messages m : Bundles.BOTH) {
            for (String kind : FrameSentences.MALFORMED_KINDS) {
                Malformed bad = new Malformed("TCP", kind, 34, "header length 12 < 20");
                String text = Explanation.of(FrameSentences.malformed(17, bad)).render(m);
                Bundles.assertClean(text.replace("header length 12 < 20", ""));
                assertTrue(text.contains("17") && text.contains("header length 12 < 20"), text);
            }
            Sentence unknown = FrameSentences.malformed(1234567, new Malformed("IPv4", "new_kind", 14, "odd"));
            assertEquals("malformed.generic", unknown.key());
            assertTrue(unknown.render(m).contains("1234567"), unknown.render(m));
        }
    }

    @Test
    void malformedTcpHeaderLengthReadsLikeATa() {
        Malformed bad = new Malformed("TCP", Malformed.BAD_HEADER_LENGTH, 46, "header length 12 < 20");
        String text = FrameSentences.malformed(17, bad).render(Bundles.EN);
        assertTrue(text.startsWith("Frame 17 is malformed: TCP header length 12 < 20;"), text);
    }

    @Test
    void doubledQuoteRendersAsOneEvenWithoutArguments() {
        assertEquals("The segment ends inside a record's length field; the record continues in the next segment.",
                Sentence.of("payload.kit.header_cut").render(Bundles.EN));
    }

    @Test
    void sequenceNumbersAndPortsPrintWithoutGroupingSeparators() {
        for (Messages m : Bundles.BOTH) {
            String text = Sentence.of("tcp.handshake.2", 12345, 1538881812L, 4175220520L, 4175220519L).render(m);
            assertTrue(text.contains("4175220520") && text.contains("12345"), text);
            Bundles.assertClean(text);
        }
    }

    @Test
    void missingKeyShowsTheKey() {
        assertEquals("!no.such.key!", Sentence.of("no.such.key").render(Bundles.EN));
    }
}
