package org.echolab.sniffer.render;

import java.util.List;
import org.echolab.sniffer.app.AppLayer;
import org.echolab.sniffer.app.DnsMessage;
import org.echolab.sniffer.app.DnsTypes;
import org.echolab.sniffer.app.HttpMessage;

/** The DNS and HTTP subtrees of the detail view, laid out as Wireshark's. */
final class AppTrees {
    /** DNS flag bits with their label keys; each key gets ".0" or ".1" for the bit's value. */
    private static final int[] FLAG_BITS = {DnsMessage.AA, DnsMessage.TC, DnsMessage.RD, DnsMessage.RA, DnsMessage.Z,
        DnsMessage.AD, DnsMessage.CD};
    private static final String[] FLAG_KEYS = {"aa", "tc", "rd", "ra", "z", "ad", "cd"};

    private AppTrees() {
    }

    static void write(Tree t, AppLayer app) {
        if (app instanceof AppLayer.Dns d) {
            dns(t, d);
        } else if (app instanceof AppLayer.Http h) {
            http(t, h);
        } else if (app instanceof AppLayer.HttpContinuation c) {
            t.line(0, "detail.http");
            t.line(1, "detail.http.continuation", c.bytes());
        } else if (app instanceof AppLayer.HttpPart part) {
            t.line(0, "detail.http.part", part.firstFrame());
        }
    }

    private static void dns(Tree t, AppLayer.Dns d) {
        DnsMessage m = d.message();
        t.line(0, m.isResponse() ? "detail.dns.response" : "detail.dns.query");
        t.line(1, "detail.dns.id", String.format("%04x", Math.max(m.id(), 0)));
        t.line(1, "detail.dns.flags", String.format("%04x", m.flags()),
                DnsTypes.opcode(m.opcode()) + (m.isResponse() ? " response" : ""));
        t.raw(2, bits(m.flags(), DnsMessage.QR) + " = ", "detail.dns.flag.qr." + (m.isResponse() ? 1 : 0));
        t.raw(2, bits(m.flags(), 0x7800) + " = ", "detail.dns.flag.opcode", DnsTypes.opcode(m.opcode()),
                Integer.toString(m.opcode()));
        for (int i = 0; i < FLAG_BITS.length; i++) {
            t.raw(2, bits(m.flags(), FLAG_BITS[i]) + " = ", "detail.dns.flag." + FLAG_KEYS[i] + "."
                    + (m.has(FLAG_BITS[i]) ? 1 : 0));
        }
        t.raw(2, bits(m.flags(), 0x000f) + " = ", "detail.dns.flag.rcode", DnsTypes.rcode(m.rcode()),
                Integer.toString(m.rcode()));
        t.line(1, "detail.dns.qdcount", m.questionCount());
        t.line(1, "detail.dns.ancount", m.answerCount());
        t.line(1, "detail.dns.nscount", m.authorityCount());
        t.line(1, "detail.dns.arcount", m.additionalCount());
        if (!m.questions().isEmpty()) {
            t.line(1, "detail.dns.queries");
            for (DnsMessage.DnsQuestion q : m.questions()) {
                t.line(2, "detail.dns.question", q.name(), DnsTypes.type(q.type()), DnsTypes.dnsClass(q.dnsClass()));
                t.line(3, "detail.dns.name", q.name());
                t.line(3, "detail.dns.type", DnsTypes.type(q.type()), q.type());
                t.line(3, "detail.dns.class", DnsTypes.dnsClass(q.dnsClass()), Columns.hex4(q.dnsClass()));
            }
        }
        records(t, "detail.dns.answers", m.answers());
        records(t, "detail.dns.authorities", m.authorities());
        records(t, "detail.dns.additionals", m.additionals());
        if (d.requestFrame() > 0) {
            t.line(1, "detail.dns.responseTo", d.requestFrame());
            t.line(1, "detail.dns.time", Columns.seconds(d.responseNanos(), 9));
        }
        if (m.isMalformed()) {
            t.line(1, "detail.dns.malformed", m.problem());
        }
    }

    private static void records(Tree t, String heading, List<DnsMessage.DnsRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        t.line(1, heading);
        for (DnsMessage.DnsRecord r : records) {
            t.line(2, "detail.dns.rr", r.name(), DnsTypes.type(r.type()), DnsTypes.dnsClass(r.dnsClass()), r.value());
            t.line(3, "detail.dns.name", r.name());
            t.line(3, "detail.dns.type", DnsTypes.type(r.type()), r.type());
            t.line(3, "detail.dns.class", DnsTypes.dnsClass(r.dnsClass()), Columns.hex4(r.dnsClass()));
            t.line(3, "detail.dns.ttl", r.ttl());
            t.line(3, "detail.dns.dataLen", r.dataLength());
            t.line(3, "detail.dns.data", r.value());
        }
    }

    private static void http(Tree t, AppLayer.Http h) {
        HttpMessage m = h.message();
        if (m.frames().size() > 1) {
            StringBuilder frames = new StringBuilder();
            for (Long f : m.frames()) {
                frames.append(frames.length() == 0 ? "" : ", ").append('#').append(f);
            }
            t.line(0, "detail.http.reassembled", m.frames().size(), m.headerLength() + m.bodyLength(), frames);
        }
        t.line(0, "detail.http");
        t.line(1, "detail.http.startLine", m.startLine());
        for (HttpMessage.Header hd : m.headers()) {
            t.line(1, "detail.http.header", hd.name(), hd.value());
        }
        t.line(1, "detail.http.blank");
        if (m.request() && m.header("Host") != null) {
            t.line(1, "detail.http.fullUri", m.header("Host"), m.target());
        }
        t.line(1, m.request() ? "detail.http.requestNumber" : "detail.http.responseNumber", h.number());
        if (h.requestFrame() > 0) {
            t.line(1, "detail.http.time", Columns.seconds(h.responseNanos(), 9));
            t.line(1, "detail.http.requestIn", h.requestFrame());
        }
        if (m.bodyLength() > 0) {
            t.line(1, "detail.http.body", m.bodyLength());
        }
    }

    /** The 16-bit flags word with only {@code mask}'s bits shown, Wireshark style: "0... .... .... ....". */
    static String bits(int value, int mask) {
        StringBuilder sb = new StringBuilder(19);
        for (int bit = 15; bit >= 0; bit--) {
            int b = 1 << bit;
            sb.append((mask & b) == 0 ? '.' : (value & b) != 0 ? '1' : '0');
            if (bit % 4 == 0 && bit > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
