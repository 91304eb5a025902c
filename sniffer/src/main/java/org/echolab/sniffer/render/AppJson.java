package org.echolab.sniffer.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.echolab.sniffer.app.AppLayer;
import org.echolab.sniffer.app.DnsMessage;
import org.echolab.sniffer.app.DnsTypes;
import org.echolab.sniffer.app.HttpMessage;

/**
 * The {@code dns} and {@code http} objects of a JSON line (null when absent). Names follow tshark's
 * fields: dns.id, dns.flags, dns.response_to, dns.time; http.request.method, http.response.code,
 * http.request_in, http.time.
 */
final class AppJson {
    private AppJson() {
    }

    static void write(JsonGenerator gen, AppLayer app) throws IOException {
        gen.writeFieldName("dns");
        if (app instanceof AppLayer.Dns d) {
            dns(gen, d);
        } else {
            gen.writeNull();
        }
        gen.writeFieldName("http");
        if (app instanceof AppLayer.Http h) {
            http(gen, h);
        } else if (app instanceof AppLayer.HttpContinuation c) {
            gen.writeStartObject();
            gen.writeNumberField("continuation", c.bytes());
            gen.writeEndObject();
        } else if (app instanceof AppLayer.HttpPart part) {
            gen.writeStartObject();
            gen.writeNumberField("segmentOf", part.firstFrame());
            gen.writeEndObject();
        } else {
            gen.writeNull();
        }
    }

    private static void dns(JsonGenerator gen, AppLayer.Dns d) throws IOException {
        DnsMessage m = d.message();
        gen.writeStartObject();
        gen.writeStringField("id", String.format("0x%04x", Math.max(m.id(), 0)));
        gen.writeStringField("flags", String.format("0x%04x", m.flags()));
        gen.writeBooleanField("response", m.isResponse());
        gen.writeNumberField("opcode", m.opcode());
        gen.writeNumberField("rcode", m.rcode());
        gen.writeBooleanField("rd", m.has(DnsMessage.RD));
        gen.writeBooleanField("ra", m.has(DnsMessage.RA));
        gen.writeBooleanField("aa", m.has(DnsMessage.AA));
        gen.writeBooleanField("tc", m.has(DnsMessage.TC));
        gen.writeArrayFieldStart("questions");
        for (DnsMessage.DnsQuestion q : m.questions()) {
            gen.writeStartObject();
            gen.writeStringField("name", q.name());
            gen.writeStringField("type", DnsTypes.type(q.type()));
            gen.writeStringField("class", DnsTypes.dnsClass(q.dnsClass()));
            gen.writeEndObject();
        }
        gen.writeEndArray();
        records(gen, "answers", m.answers());
        records(gen, "authorities", m.authorities());
        records(gen, "additionals", m.additionals());
        if (d.requestFrame() > 0) {
            gen.writeNumberField("responseTo", d.requestFrame());
            gen.writeFieldName("time");
            gen.writeNumber(Columns.seconds(d.responseNanos(), 9));
        }
        if (m.isMalformed()) {
            gen.writeStringField("malformed", m.problem());
        }
        gen.writeEndObject();
    }

    private static void records(JsonGenerator gen, String name, List<DnsMessage.DnsRecord> records) throws IOException {
        gen.writeArrayFieldStart(name);
        for (DnsMessage.DnsRecord r : records) {
            gen.writeStartObject();
            gen.writeStringField("name", r.name());
            gen.writeStringField("type", DnsTypes.type(r.type()));
            gen.writeStringField("class", DnsTypes.dnsClass(r.dnsClass()));
            gen.writeNumberField("ttl", r.ttl());
            gen.writeStringField("data", r.value());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void http(JsonGenerator gen, AppLayer.Http h) throws IOException {
        HttpMessage m = h.message();
        gen.writeStartObject();
        gen.writeBooleanField("request", m.request());
        if (m.request()) {
            gen.writeStringField("method", m.method());
            gen.writeStringField("uri", m.target());
        } else {
            gen.writeNumberField("code", m.status());
            gen.writeStringField("phrase", m.reason());
        }
        gen.writeStringField("version", m.version());
        gen.writeArrayFieldStart("headers");
        for (HttpMessage.Header hd : m.headers()) {
            gen.writeStartArray();
            gen.writeString(hd.name());
            gen.writeString(hd.value());
            gen.writeEndArray();
        }
        gen.writeEndArray();
        gen.writeNumberField("bodyLength", m.bodyLength());
        gen.writeArrayFieldStart("frames");
        for (Long f : m.frames()) {
            gen.writeNumber(f);
        }
        gen.writeEndArray();
        if (h.requestFrame() > 0) {
            gen.writeNumberField("requestIn", h.requestFrame());
            gen.writeFieldName("time");
            gen.writeNumber(Columns.seconds(h.responseNanos(), 9));
        }
        gen.writeEndObject();
    }
}
