package org.echolab.sniffer.explain;

import java.util.Locale;
import java.util.function.Function;
import org.echolab.cli.Messages;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;

/**
 * The short names renderers print next to a packet (finding, phase, payload kind, which side),
 * as keys of the {@code Explanations} bundle, plus helpers that look them up.
 */
public final class Labels {
    static final String MALFORMED_GENERIC = "malformed.generic";

    private Labels() {
    }

    // Keys are built once: they are looked up for every packet, and a new String would be hashed each time.
    private static final String[] FINDING_NAME_KEYS = keys(Finding.values(), f -> "finding." + f.field() + ".name");
    private static final String[] FINDING_KEYS = keys(Finding.values(), f -> "finding." + f.field());
    private static final String[] PHASE_KEYS = keys(Phase.values(), p -> "phase." + p.name().toLowerCase(Locale.ROOT));

    private static <E extends Enum<E>> String[] keys(E[] values, Function<E, String> key) {
        String[] keys = new String[values.length];
        for (E e : values) {
            keys[e.ordinal()] = key.apply(e);
        }
        return keys;
    }

    /** The key of a finding's short name: {@code finding.duplicate_ack.name} → "Dup ACK" / "중복 ACK". */
    public static String findingNameKey(Finding f) {
        return FINDING_NAME_KEYS[f.ordinal()];
    }

    /** The key of a finding's full explanation sentence: {@code finding.duplicate_ack}. */
    public static String explainKeyOf(Finding f) {
        return FINDING_KEYS[f.ordinal()];
    }

    /** {@code phase.handshake}, {@code phase.data}, {@code phase.teardown}, {@code phase.reset}. */
    public static String phaseKey(Phase p) {
        return PHASE_KEYS[p.ordinal()];
    }

    /** {@code payload.kind.text} … */
    public static String payloadKindKey(PayloadKind k) {
        return k.labelKey();
    }

    /** {@code malformed.<kind>}; kinds without a message of their own use {@code malformed.generic}. */
    public static String malformedKeyOf(String kind) {
        return FrameSentences.MALFORMED_KINDS.contains(kind) ? "malformed." + kind : MALFORMED_GENERIC;
    }

    /** {@code side.client} or {@code side.server}. */
    public static String sideKey(boolean client) {
        return client ? "side.client" : "side.server";
    }

    public static String findingName(Finding f, Messages messages) {
        return messages.format(findingNameKey(f));
    }

    public static String phaseName(Phase p, Messages messages) {
        return messages.format(phaseKey(p));
    }

    public static String payloadKindName(PayloadKind k, Messages messages) {
        return messages.format(payloadKindKey(k));
    }

    /** The side's name as a nested sentence argument ("client" / "클라이언트"). */
    static Sentence side(boolean client) {
        return client ? CLIENT : SERVER;
    }

    private static final Sentence CLIENT = Sentence.of(sideKey(true));
    private static final Sentence SERVER = Sentence.of(sideKey(false));
}
