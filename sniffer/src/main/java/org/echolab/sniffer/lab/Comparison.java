package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.echolab.cli.Messages;
import org.echolab.sniffer.explain.Entropy;
import org.echolab.sniffer.explain.KitRecord;
import org.echolab.sniffer.explain.PayloadKind;
import org.echolab.sniffer.render.Texts;

/**
 * The side-by-side view of the plain and the encrypted conversation of one capture: sizes,
 * entropy, and where the message can be read. Pure: a {@link LabCapture} in, lines out.
 */
final class Comparison {
    /** How much of a text payload the listing quotes. */
    private static final int QUOTE = 40;

    private final LabCapture capture;
    private final String message;
    private final Messages m;
    private final Messages explain;

    Comparison(LabCapture capture, String message, Messages m) {
        this.capture = capture;
        this.message = message;
        this.m = m;
        this.explain = Messages.load(Texts.EXPLAIN_BUNDLE, m.locale());
    }

    List<String> lines(String captureName) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", m.get("cmp.col.plain"), m.get("cmp.col.secure")});
        rows.add(row("cmp.row.conversation", c -> String.valueOf(c.clientPort())));
        rows.add(row("cmp.row.c2s", c -> m.get("cmp.bytes", String.valueOf(c.bytes(true)))));
        rows.add(row("cmp.row.s2c", c -> m.get("cmp.bytes", String.valueOf(c.bytes(false)))));
        rows.add(row("cmp.row.publicKey", c -> key(c, PayloadKind.KIT_PUBLIC_KEY, PayloadSegment.KEY_RECORD_HEADER)));
        rows.add(row("cmp.row.wrappedKey", c -> key(c, PayloadKind.KIT_WRAPPED_KEY, 0)));
        rows.add(row("cmp.row.records", this::records));
        rows.add(row("cmp.row.message", this::visibility));
        int[] widths = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], LabText.width(r[i]));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(m.get("cmp.title", captureName));
        out.add("");
        for (String[] r : rows) {
            out.add((LabText.pad(r[0], widths[0]) + "  " + LabText.pad(r[1], widths[1]) + "  " + r[2]).stripTrailing());
        }
        out.add("");
        out.add(m.get("cmp.payloads"));
        payloads(out, capture.plain());
        payloads(out, capture.secure());
        out.add("");
        out.add(m.get("cmp.note"));
        return out;
    }

    private String[] row(String labelKey, Function<KitConversation, String> cell) {
        return new String[] {m.get(labelKey, message), cellOf(capture.plain(), cell), cellOf(capture.secure(), cell)};
    }

    private String cellOf(KitConversation c, Function<KitConversation, String> cell) {
        return c == null ? m.get("value.notCaptured") : cell.apply(c);
    }

    private String key(KitConversation c, PayloadKind kind, int header) {
        return c.payloads().stream().filter(p -> p.kind() == kind).findFirst()
                .map(p -> m.get("cmp.bytesAt", String.valueOf(p.keyLength() + header), String.valueOf(p.frame())))
                .orElse(m.get("value.none"));
    }

    private String records(KitConversation c) {
        List<String> sizes = new ArrayList<>();
        for (PayloadSegment p : c.payloads()) {
            for (KitRecord r : p.records()) {
                if (r.part() == KitRecord.Part.WHOLE || r.part() == KitRecord.Part.START) {
                    sizes.add(String.valueOf(r.totalLength()));
                }
            }
        }
        return sizes.isEmpty() ? m.get("value.none") : m.get("cmp.bytes", String.join(", ", sizes));
    }

    private String visibility(KitConversation c) {
        String frames = c.payloads().stream().filter(p -> p.contains(message))
                .map(p -> String.valueOf(p.frame())).collect(Collectors.joining(", "));
        return frames.isEmpty() ? m.get("cmp.nowhere") : m.get("cmp.readable", frames);
    }

    private void payloads(List<String> out, KitConversation c) {
        if (c == null) {
            return;
        }
        for (PayloadSegment p : c.payloads()) {
            String what = p.text() != null ? "\"" + shorten(p.text().strip()) + "\"" : explain.get(p.kind().labelKey());
            out.add("  " + m.get("cmp.payload", String.valueOf(p.frame()),
                    m.get(p.fromClient() ? "cmp.dir.c2s" : "cmp.dir.s2c"), String.valueOf(p.length()),
                    Entropy.twoDecimals(p.entropy()), what));
        }
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "…";
    }
}
