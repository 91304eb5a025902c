package org.echolab.sniffer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.echolab.cli.Messages;
import org.echolab.sniffer.flow.FlowTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {ReportWriter.BUNDLE, FlowTexts.FLOW_BUNDLE})
    void koreanAndEnglishHaveTheSameKeys(String bundle) {
        Set<String> en = new TreeSet<>(Messages.load(bundle, Locale.ENGLISH).bundle().keySet());
        Set<String> ko = new TreeSet<>(Messages.load(bundle, Locale.KOREAN).bundle().keySet());
        assertEquals(en, ko);
    }
}
