package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;

/**
 * What the kit says about one packet or one conversation: an ordered list of {@link Sentence}s,
 * keys and arguments only. The text lives in the {@value #BUNDLE} bundle (English base,
 * {@code _en}, {@code _ko}); {@link #render(Messages)} joins the sentences with a space.
 *
 * <pre>
 * Messages ko = Explanation.messages(Locale.KOREAN);
 * String text = explainer.explain(packet, analysis).render(ko);
 * </pre>
 */
public record Explanation(List<Sentence> sentences) {
    /** Base name of the resource bundle every key of this package lives in. */
    public static final String BUNDLE = "org.echolab.sniffer.explain.Explanations";

    public static final Explanation EMPTY = new Explanation(List.of());

    public Explanation {
        sentences = List.copyOf(sentences);
    }

    public static Explanation of(Sentence... sentences) {
        return new Explanation(List.of(sentences));
    }

    /** The explanation bundle in {@code locale} (Korean or English). */
    public static Messages messages(Locale locale) {
        return Messages.load(BUNDLE, locale);
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** A copy with {@code more} appended (this one itself when {@code more} is empty). */
    public Explanation plus(Explanation more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Sentence> all = new ArrayList<>(sentences);
        all.addAll(more.sentences);
        return new Explanation(all);
    }

    /** Every sentence rendered and joined with a single space. */
    public String render(Messages messages) {
        Utf8Buffer text = new Utf8Buffer(256);
        renderTo(messages, text);
        return text.toString();
    }

    /** What {@link #render} returns, appended to {@code out} in UTF-8. */
    public void renderTo(Messages messages, Utf8Buffer out) {
        int start = out.length();
        for (int i = 0; i < sentences.size(); i++) {
            if (out.length() > start) {
                out.ascii(' ');
            }
            sentences.get(i).renderTo(messages, out);
        }
    }

    /** Each sentence rendered on its own, for renderers that print one per line. */
    public List<String> renderLines(Messages messages) {
        List<String> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.render(messages));
        }
        return out;
    }
}
