package org.echolab.cli;

import java.util.Locale;

/**
 * The two languages of the kit. The default follows the system locale: Korean when the
 * user's language is Korean, English otherwise.
 */
public enum Lang {
    ko(Locale.KOREAN),
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Lang fromSystem() {
        String env = firstNonEmpty(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"));
        if (env != null) {
            return env.toLowerCase(Locale.ROOT).startsWith("ko") ? ko : en;
        }
        return "ko".equals(Locale.getDefault().getLanguage()) ? ko : en;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty() && !"C".equals(v) && !"POSIX".equals(v)) {
                return v;
            }
        }
        return null;
    }
}
