package org.echolab.sniffer.flow;

/**
 * The characters a terminal diagram is drawn with: Unicode box drawing and arrowheads, or plain
 * ASCII for terminals and fonts that lack them ({@code --ascii}).
 */
record Glyphs(char line, char lifeline, char headRight, char headLeft, char open, char close, boolean ascii) {
    static final Glyphs UNICODE = new Glyphs('─', '│', '▶', '◀', '┌', '└', false);
    static final Glyphs ASCII = new Glyphs('-', '|', '>', '<', '+', '+', true);

    /** {@code s} with the arrows and ellipses of labels spelled in ASCII when this set is ASCII. */
    String ellipsis() {
        return ascii ? "..." : "…";
    }

    String fit(String s) {
        return ascii ? s.replace("…", "...").replace("→", "->") : s;
    }
}
