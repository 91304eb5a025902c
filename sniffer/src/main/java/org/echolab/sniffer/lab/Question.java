package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.echolab.sniffer.explain.KitRecord;
import org.echolab.sniffer.explain.PayloadKind;

/**
 * The worksheet's questions. Each one reads its answer from the student's own capture; a
 * question whose facts are not in the capture is left out of both the worksheet and the score.
 *
 * <p>The text lives in the {@code Lab} bundle: {@code q.KEY} (the question) and {@code why.KEY}
 * (the feedback), both with the same arguments: {0} the expected answer, then the frame numbers
 * and values listed by each question.
 */
enum Question {
    PLAIN_CLIENT_PORT("plain.client_port", Kind.NUMBER, true, c -> args(c.clientPort(), c.synFrame())),
    PLAIN_CLIENT_ISN("plain.client_isn", Kind.NUMBER, true, c -> args(c.clientIsn(), c.synFrame())),
    PLAIN_SERVER_ISN("plain.server_isn", Kind.NUMBER, true, c -> c.synAckFrame() == 0 ? null
            : args(c.serverIsn(), c.synAckFrame())),
    PLAIN_SYNACK_ACK("plain.synack_ack", Kind.NUMBER, true, c -> c.synAckFrame() == 0 ? null
            : args(c.synAckAck(), c.synAckFrame(), c.clientIsn())),
    PLAIN_HELLO_LENGTH("plain.hello_length", Kind.NUMBER, true, c -> c.firstFromClient() == null ? null
            : args(c.firstFromClient().length(), c.firstFromClient().frame())),
    PLAIN_FIRST_FIN("plain.first_fin", Kind.SIDE, true, c -> c.firstFinFrame() == 0 ? null
            : args(side(c.firstFinFromClient()), c.firstFinFrame())),
    PLAIN_TEARDOWN_PACKETS("plain.teardown_packets", Kind.NUMBER, true, c -> c.firstFinFrame() == 0 ? null
            : args(c.teardownPackets(), c.firstFinFrame())),
    PLAIN_WINDOW_UPDATE("plain.window_update", Kind.YES_NO, true,
            c -> args(c.windowUpdateFrame() != 0 ? "yes" : "no", c.windowUpdateFrame())),
    SECURE_CLIENT_PORT("secure.client_port", Kind.NUMBER, false, c -> args(c.clientPort(), c.synFrame())),
    SECURE_PUBLIC_KEY("secure.public_key_bytes", Kind.NUMBER, false, Question::publicKey),
    SECURE_WRAPPED_KEY("secure.wrapped_key_bytes", Kind.NUMBER, false, Question::wrappedKey),
    SECURE_HELLO_RECORD("secure.hello_record_bytes", Kind.NUMBER, false, Question::helloRecord);

    /** How an answer is written and compared. */
    enum Kind { NUMBER, SIDE, YES_NO }

    private final String key;
    private final Kind kind;
    private final boolean plain;
    private final Function<KitConversation, String[]> facts;

    Question(String key, Kind kind, boolean plain, Function<KitConversation, String[]> facts) {
        this.key = key;
        this.kind = kind;
        this.plain = plain;
        this.facts = facts;
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    /** The expected answer first, then the message arguments; null when the capture cannot say. */
    String[] facts(LabCapture capture) {
        KitConversation c = plain ? capture.plain() : capture.secure();
        return c == null ? null : facts.apply(c);
    }

    static Question byKey(String key) {
        for (Question q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }

    /** The questions this capture can answer, in worksheet order. */
    static List<Question> applicable(LabCapture capture) {
        List<Question> out = new ArrayList<>();
        for (Question q : values()) {
            if (q.facts(capture) != null) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The canonical form of an answer (digits; client/server; yes/no), or null when it is not one.
     * Korean words are accepted too: 클라이언트, 서버, 예/네, 아니오/아니요.
     */
    String normalize(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case NUMBER -> v.matches("[0-9]{1,10}") ? String.valueOf(Long.parseLong(v)) : null;
            case SIDE -> v.equals("client") || v.equals("클라이언트") ? "client"
                    : v.equals("server") || v.equals("서버") ? "server" : null;
            case YES_NO -> v.equals("yes") || v.equals("예") || v.equals("네") ? "yes"
                    : v.equals("no") || v.equals("아니오") || v.equals("아니요") ? "no" : null;
        };
    }

    private static String[] publicKey(KitConversation c) {
        return c.payloads().stream().filter(p -> p.kind() == PayloadKind.KIT_PUBLIC_KEY).findFirst()
                .map(p -> args(p.keyLength() + PayloadSegment.KEY_RECORD_HEADER, p.frame(), p.keyLength()))
                .orElse(null);
    }

    private static String[] wrappedKey(KitConversation c) {
        return c.payloads().stream().filter(p -> p.kind() == PayloadKind.KIT_WRAPPED_KEY).findFirst()
                .map(p -> args(p.keyLength(), p.frame())).orElse(null);
    }

    private static String[] helloRecord(KitConversation c) {
        for (PayloadSegment p : c.payloads()) {
            for (KitRecord r : p.records()) {
                if (r.fromClient() && r.part() == KitRecord.Part.WHOLE) {
                    return args(r.totalLength(), p.frame(), r.ciphertextLength());
                }
            }
        }
        return null;
    }

    private static String side(boolean client) {
        return client ? "client" : "server";
    }

    private static String[] args(Object... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = String.valueOf(values[i]);
        }
        return out;
    }
}
