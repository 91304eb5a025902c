package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line and renderer bundles have the same keys in English and Korean. */
class SnifferBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/org/echolab/sniffer/cli/Messages", "/org/echolab/sniffer/render/Render"})
    void koreanAndEnglishHaveTheSameKeys(String base) throws IOException {
        Set<String> en = keys(base + ".properties");
        assertEquals(en, keys(base + "_en.properties"), base + "_en");
        assertEquals(en, keys(base + "_ko.properties"), base + "_ko");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SnifferBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
