package org.echolab.sniffer.explain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;

/**
 * One sentence of an explanation: a message key of the {@code Explanations} bundle and the
 * arguments its {@link MessageFormat} pattern takes. Immutable; holds no text of its own.
 *
 * <p>An argument may itself be a {@code Sentence}: it is rendered first and inserted as text,
 * which is how lists ("MSS 65495, window scale ×128 and SACK") and side names ("the client")
 * are composed without any language-specific glue in Java. Numbers stay numbers, so the bundle
 * decides how they print ({@code {0,number,#}} for sequence numbers and ports: no grouping).
 */
public record Sentence(String key, List<Object> args) {
    public Sentence {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty: " + key);
        }
        args = List.copyOf(args);
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, List.of(args));
    }

    /**
     * The sentence in the language of {@code messages}; a missing key renders as {@code !key!}.
     * Every pattern goes through {@link MessageFormat}, with or without arguments, so a doubled
     * quote {@code ''} always prints as one.
     */
    public String render(Messages messages) {
        return messages.format(key, values(messages));
    }

    /** What {@link #render} returns, appended to {@code out} in UTF-8 without building the text first. */
    public void renderTo(Messages messages, Utf8Buffer out) {
        messages.formatTo(out, key, values(messages));
    }

    /** The pattern's arguments: nested sentences rendered to text, everything else as it is. */
    private Object[] values(Messages messages) {
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Sentence s) {
                values[i] = s.render(messages);
            }
        }
        return values;
    }

    /** This key and the keys of every nested sentence, depth first. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        out.add(key);
        for (Object arg : args) {
            if (arg instanceof Sentence s) {
                out.addAll(s.keys());
            }
        }
        return out;
    }
}
