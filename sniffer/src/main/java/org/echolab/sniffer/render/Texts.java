package org.echolab.sniffer.render;

import java.util.Locale;
import org.echolab.cli.Messages;

/**
 * The two bundles a renderer reads in the chosen language: its own labels
 * ({@code org.echolab.sniffer.render.Render}) and the explanations
 * ({@code org.echolab.sniffer.explain.Explanations}).
 */
public record Texts(Messages render, Messages explain) {
    public static final String RENDER_BUNDLE = "org.echolab.sniffer.render.Render";
    public static final String EXPLAIN_BUNDLE = "org.echolab.sniffer.explain.Explanations";

    public static Texts load(Locale locale) {
        return new Texts(Messages.load(RENDER_BUNDLE, locale), Messages.load(EXPLAIN_BUNDLE, locale));
    }
}
