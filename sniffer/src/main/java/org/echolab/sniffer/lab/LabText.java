package org.echolab.sniffer.lab;

import java.util.Locale;
import org.echolab.cli.Messages;

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
        StringBuilder b = new StringBuilder(s);
        for (int w = width(s); w < width; w++) {
            b.append(' ');
        }
        return b.toString();
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60);
    }
}
