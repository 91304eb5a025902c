package org.echolab.sniffer.flow;

import java.util.Locale;
import org.echolab.cli.Messages;

/**
 * The bundles the flow diagrams read: their own labels ({@value #FLOW_BUNDLE}) and the
 * explanations' short names of findings, phases and payload kinds.
 */
public record FlowTexts(Messages flow, Messages explain) {
    public static final String FLOW_BUNDLE = "org.echolab.sniffer.flow.Flow";
    static final String EXPLAIN_BUNDLE = "org.echolab.sniffer.explain.Explanations";

    public static FlowTexts load(Locale locale) {
        return new FlowTexts(Messages.load(FLOW_BUNDLE, locale), Messages.load(EXPLAIN_BUNDLE, locale));
    }
}
