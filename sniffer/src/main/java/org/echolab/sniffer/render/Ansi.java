package org.echolab.sniffer.render;

/**
 * Terminal colours, used only when the output is a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org).
 */
public final class Ansi {
    static final String RESET = "\u001b[0m";
    static final String BOLD_RED = "\u001b[1;31m";
    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";
    static final String DIM = "\u001b[2m";

    private final boolean enabled;

    private Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    public static Ansi auto() {
        String noColor = System.getenv("NO_COLOR");
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new Ansi(tty && (noColor == null || noColor.isEmpty()));
    }

    public static Ansi off() {
        return new Ansi(false);
    }

    String paint(String code, String text) {
        return enabled && code != null ? code + text + RESET : text;
    }

    /** True when colours are printed at all. */
    boolean enabled() {
        return enabled;
    }
}
