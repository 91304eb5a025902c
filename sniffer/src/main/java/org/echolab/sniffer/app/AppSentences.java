package org.echolab.sniffer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.echolab.sniffer.explain.Explanation;
import org.echolab.sniffer.explain.Sentence;

/** What the kit says about a frame's DNS or HTTP layer: keys of the Explanations bundle ({@code dns.*}, {@code http.*}). */
public final class AppSentences {
    private static final Set<Integer> WANTS = Set.of(DnsTypes.A, DnsTypes.AAAA, DnsTypes.CNAME, DnsTypes.MX,
            DnsTypes.NS, DnsTypes.PTR, DnsTypes.TXT, DnsTypes.SOA);

    private AppSentences() {
    }

    public static Explanation explain(AppLayer app) {
        if (app == null) {
            return Explanation.EMPTY;
        }
        List<Sentence> out = new ArrayList<>();
        if (app instanceof AppLayer.Dns d) {
            dns(d, out);
        } else if (app instanceof AppLayer.Http h) {
            http(h, out);
        } else if (app instanceof AppLayer.HttpContinuation c) {
            out.add(Sentence.of("http.continuation", c.bytes()));
        } else if (app instanceof AppLayer.HttpPart part) {
            out.add(Sentence.of("http.part", part.firstFrame()));
        }
        return new Explanation(out);
    }

    private static void dns(AppLayer.Dns d, List<Sentence> out) {
        DnsMessage m = d.message();
        String id = String.format("%04x", Math.max(m.id(), 0));
        if (!m.isResponse()) {
            for (DnsMessage.DnsQuestion q : m.questions()) {
                out.add(Sentence.of("dns.query", id, q.name(), want(q.type()),
                        Sentence.of(m.has(DnsMessage.RD) ? "dns.query.recurse" : "dns.query.noRecurse")));
            }
            out.add(Sentence.of(m.overTcp() ? "dns.tcp" : "dns.udp"));
        } else {
            out.add(Sentence.of("dns.response", id, m.answerCount(), m.authorityCount(), m.additionalCount()));
            if (d.requestFrame() > 0) {
                out.add(Sentence.of("dns.response.pair", d.requestFrame(), millis(d.responseNanos())));
            }
            if (m.rcode() != 0) {
                out.add(Sentence.of("dns.rcode", DnsTypes.rcode(m.rcode()), m.rcode()));
            }
            out.add(Sentence.of(m.has(DnsMessage.RA) ? "dns.ra" : "dns.ra.clear"));
            if (m.has(DnsMessage.AA)) {
                out.add(Sentence.of("dns.aa"));
            }
            for (DnsMessage.DnsRecord r : m.answers()) {
                out.add(r.type() == DnsTypes.A || r.type() == DnsTypes.AAAA
                        ? Sentence.of("dns.answer.address", r.name(), r.value(), r.ttl(), DnsTypes.type(r.type()))
                        : Sentence.of("dns.answer", r.name(), DnsTypes.type(r.type()), r.value(), r.ttl()));
            }
            long addresses = m.answers().stream().filter(r -> r.type() == DnsTypes.A).count();
            if (addresses > 1) {
                out.add(Sentence.of("dns.answer.several", addresses));
            }
        }
        if (m.has(DnsMessage.TC)) {
            out.add(Sentence.of("dns.truncated"));
        }
        if (m.isMalformed()) {
            out.add(Sentence.of(m.isCutShort() ? "dns.malformed" : "dns.loop", m.problem()));
        }
    }

    private static Sentence want(int type) {
        return WANTS.contains(type) ? Sentence.of("dns.want." + type) : Sentence.of("dns.want.other", DnsTypes.type(type));
    }

    private static void http(AppLayer.Http h, List<Sentence> out) {
        HttpMessage m = h.message();
        if (m.request()) {
            out.add(Sentence.of("http.request", m.method(), m.target(), m.version()));
            if (m.header("Host") != null) {
                out.add(Sentence.of("http.host", m.header("Host")));
            }
            out.add(Sentence.of(m.asksToClose() ? "http.close.request" : "http.keepAlive"));
        } else {
            Sentence meaning = Sentence.of("http.status." + Math.min(Math.max(m.status() / 100, 1), 5));
            out.add(h.requestFrame() > 0
                    ? Sentence.of("http.response", m.status(), m.reason(), h.requestFrame(), millis(h.responseNanos()), meaning)
                    : Sentence.of("http.response.unpaired", m.status(), m.reason(), meaning));
            if (m.asksToClose()) {
                out.add(Sentence.of("http.close.response"));
            }
        }
        if (m.bodyLength() > 0) {
            String type = m.mediaType();
            out.add(type != null ? Sentence.of("http.body", m.bodyLength(), type) : Sentence.of("http.body.untyped", m.bodyLength()));
        }
        if (m.header("Content-Encoding") != null) {
            out.add(Sentence.of("http.encoding", m.header("Content-Encoding")));
        }
        if (m.frames().size() > 1) {
            StringJoiner frames = new StringJoiner(", ");
            m.frames().forEach(f -> frames.add(Long.toString(f)));
            out.add(Sentence.of("http.reassembled", m.frames().size(), frames.toString()));
        }
    }

    /** Milliseconds with three decimals, as text so no locale groups the digits. */
    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
