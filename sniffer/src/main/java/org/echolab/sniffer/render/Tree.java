package org.echolab.sniffer.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Messages;

/**
 * Collects the indented lines of one packet's detail tree; every label is a bundle key, its
 * pattern always filled in by the formatter (so {@code ''} prints as one quote, also without arguments).
 */
final class Tree {
    private final Messages labels;
    private final List<String> lines = new ArrayList<>(48);

    Tree(Messages labels) {
        this.labels = labels;
    }

    /** Adds a line at {@code depth}; numbers are passed as text so none gets a grouping separator. */
    void line(int depth, String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        lines.add("    ".repeat(depth) + labels.format(key, plain));
    }

    /** Adds a line of literal text (a bit pattern, a hex value) before a translated label. */
    void raw(int depth, String prefix, String key, Object... args) {
        lines.add("    ".repeat(depth) + prefix + labels.format(key, args));
    }

    /** A translated word to pass as an argument ("Set", "Not set"). */
    String word(String key) {
        return labels.format(key);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    void writeTo(PrintWriter out) {
        for (String l : lines) {
            out.println(l);
        }
    }
}
