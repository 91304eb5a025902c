package org.echolab.sniffer.render;

/**
 * How many terminal columns text takes: Hangul, CJK and full-width forms take two, combining
 * marks none, everything else one (the East Asian Width "W"/"F" ranges a Korean label can use).
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** {@code s} cut to at most {@code columns} columns, ending in an ellipsis when cut. */
    public static String cut(String s, int columns) {
        return cut(s, columns, "…");
    }

    /** {@code s} cut to at most {@code columns} columns, ending in {@code ellipsis} when cut. */
    public static String cut(String s, int columns, String ellipsis) {
        if (of(s) <= columns) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns - of(ellipsis)) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append(ellipsis).toString();
    }

    public static String padRight(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - of(s)));
    }

    public static String padLeft(String s, int columns) {
        return " ".repeat(Math.max(0, columns - of(s))) + s;
    }
}
