package org.echolab.sniffer.lab;

import java.util.Locale;
import org.echolab.cli.Messages;
import org.echolab.sniffer.render.DisplayWidth;

/** The lab's bundle ({@code org.echolab.sniffer.lab.Lab}) plus the two formatting helpers it needs. */
final class LabText {
    static final String BUNDLE = "org.echolab.sniffer.lab.Lab";

    private LabText() {
    }

    static Messages load(Locale locale) {
        return Messages.load(BUNDLE, locale);
    }

    /** An answer as the student reads it: client/server and yes/no translated, numbers as they are. */
    static String value(Messages m, String canonical) {
        return m.has("value." + canonical) ? m.get("value." + canonical) : canonical;
    }

    /** Pads to {@code width} terminal columns; Hangul and other wide characters take two. */
    static String pad(String s, int width) {
        return DisplayWidth.padRight(s, width);
    }

    static int width(String s) {
        return DisplayWidth.of(s);
    }
}
