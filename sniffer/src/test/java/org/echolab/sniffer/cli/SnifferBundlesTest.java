package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sniffer bundle has the same keys in English (the base file, and {@code _en} where there is
 * one) and in Korean. The explanations bundle has its own, stricter test (ExplanationBundlesTest).
 */
class SnifferBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/org/echolab/sniffer/cli/Messages", "/org/echolab/sniffer/render/Render",
        "/org/echolab/sniffer/flow/Flow", "/org/echolab/sniffer/report/Report", "/org/echolab/sniffer/lab/Lab"})
    void koreanAndEnglishHaveTheSameKeys(String base) throws IOException {
        Set<String> en = keys(base + ".properties");
        assertEquals(en, keys(base + "_ko.properties"), base + "_ko");
        if (SnifferBundlesTest.class.getResource(base + "_en.properties") != null) {
            assertEquals(en, keys(base + "_en.properties"), base + "_en");
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SnifferBundlesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
