package org.echolab.sniffer.flow;

/**
 * The characters a terminal diagram is drawn with: Unicode box drawing and arrowheads, or plain
 * ASCII for terminals and fonts that lack them ({@code --ascii}).
 */
record Glyphs(char line, char lifeline, char headRight, char headLeft, char open, char close, char ellipsis) {
    static final Glyphs UNICODE = new Glyphs('─', '│', '▶', '◀', '┌', '└', '…');
    static final Glyphs ASCII = new Glyphs('-', '|', '>', '<', '+', '+', '~');

    /** {@code s} with every character outside ASCII that this set cannot show replaced. */
    String fit(String s) {
        if (this == UNICODE) {
            return s;
        }
        return s.replace('…', ellipsis);
    }
}
