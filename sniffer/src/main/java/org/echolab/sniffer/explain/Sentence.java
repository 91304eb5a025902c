package org.echolab.sniffer.explain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;
import org.echolab.cli.Utf8Text;

/**
 * One sentence of an explanation: a message key of the {@code Explanations} bundle and the
 * arguments its {@link MessageFormat} pattern takes. Immutable; holds no text of its own.
 *
 * <p>An argument may itself be a {@code Sentence}: it is rendered first and inserted as text,
 * which is how lists ("MSS 65495, window scale ×128 and SACK") and side names ("the client")
 * are composed without any language-specific glue in Java. Numbers stay numbers, so the bundle
 * decides how they print ({@code {0,number,#}} for sequence numbers and ports: no grouping).
 *
 * <p>Every packet gets a few of these, so the arguments are kept in the array they were passed
 * in (no list copies) and a nested sentence is written into the output as it is rendered.
 */
public final class Sentence {
    private final String key;
    private final Object[] args;
    /** True when some argument is a nested sentence, rendered before the pattern is filled in. */
    private final boolean nested;

    private Sentence(String key, Object[] args) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty: " + key);
        }
        boolean hasNested = false;
        for (Object arg : args) {
            hasNested |= Objects.requireNonNull(arg, "argument") instanceof Sentence;
        }
        this.key = key;
        this.args = args;
        this.nested = hasNested;
    }

    /**
     * The sentence for {@code key} with {@code args} (none may be null). The array is kept, not
     * copied: pass the arguments themselves, or an array nobody changes afterwards.
     */
    public static Sentence of(String key, Object... args) {
        return new Sentence(key, args);
    }

    /** A sentence without arguments. */
    public static Sentence of(String key) {
        return new Sentence(key, NO_ARGS);
    }

    private static final Object[] NO_ARGS = {};

    public String key() {
        return key;
    }

    /** The arguments, unmodifiable. */
    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
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

    /**
     * The pattern's arguments: nested sentences as texts that render themselves (into the output,
     * or as their {@link #render} String), everything else as it is. The array is never changed.
     */
    private Object[] values(Messages messages) {
        if (!nested) {
            return args;
        }
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Sentence s) {
                values[i] = new Rendered(s, messages);
            }
        }
        return values;
    }

    /** A nested sentence as a pattern argument: its text in the language of the outer one. */
    private record Rendered(Sentence sentence, Messages messages) implements Utf8Text {
        @Override
        public void appendTo(Utf8Buffer out) {
            sentence.renderTo(messages, out);
        }

        @Override
        public String toString() {
            return sentence.render(messages);
        }
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && key.equals(s.key) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** {@code Sentence[key=tcp.handshake.1, args=[35736, 12321, 2235098262]]}, as the record printed it. */
    @Override
    public String toString() {
        return "Sentence[key=" + key + ", args=" + Arrays.toString(args) + "]";
    }
}
