package org.echolab.sniffer.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.echolab.cli.Messages;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.PayloadView;

/**
 * One JSON object per packet, with stable keys (absent values are {@code null}): frame, time, src,
 * dst, proto, length, stream, srcPort, dstPort, flags, seq, ack, seqRaw, ackRaw, len, win, calcWin,
 * analysis, info, dns, http, payload, explain, malformed. Meanings follow tshark's fields of the same names.
 */
public final class JsonlRenderer implements PacketRenderer {
    /** Every finding in its order ({@code values()} copies the array on each call). */
    private static final Finding[] FINDINGS = Finding.values();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator gen;
    /**
     * The generator writes UTF-8 bytes, so text that is UTF-8 already (the explanation rendered
     * from its patterns, a payload's text) goes in as bytes, escaped by the generator, without
     * becoming a String first.
     */
    private final boolean utf8;
    private final Utf8Buffer scratch = new Utf8Buffer(1024);
    private final Texts texts;
    private final Writer summaryOut;

    /**
     * @param out where the packets go
     * @param summaryOut where the human-readable end-of-run summary goes (stderr), so stdout stays
     *     pure JSON lines
     */
    public JsonlRenderer(Writer out, Writer summaryOut, Texts texts) {
        this(generator(out, null), false, summaryOut, texts);
    }

    /** Writes the packets as UTF-8 bytes to {@code out}: the same text, without a char stage. */
    public JsonlRenderer(OutputStream out, Writer summaryOut, Texts texts) {
        this(generator(null, out), true, summaryOut, texts);
    }

    private JsonlRenderer(JsonGenerator gen, boolean utf8, Writer summaryOut, Texts texts) {
        this.gen = gen;
        this.utf8 = utf8;
        gen.setRootValueSeparator(null);
        this.texts = texts;
        this.summaryOut = summaryOut;
    }

    private static JsonGenerator generator(Writer writer, OutputStream stream) {
        try {
            return writer != null ? FACTORY.createGenerator(writer) : FACTORY.createGenerator(stream, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void packet(Dissection d) {
        try {
            write(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Dissection d) throws IOException {
        Packet p = d.packet();
        Transport.Tcp t = p.tcp();
        Transport.Udp u = p.udp();
        TcpAnalysis a = d.tcp();
        gen.writeStartObject();
        gen.writeNumberField("frame", p.number());
        gen.writeFieldName("time");
        gen.writeNumber(Columns.seconds(d.relativeNanos(), 9));
        address("src", p.ip() != null ? p.ip().src() : null);
        address("dst", p.ip() != null ? p.ip().dst() : null);
        gen.writeStringField("proto", d.protocol());
        gen.writeNumberField("length", p.originalLength());
        numberOrNull("stream", a != null ? (long) a.stream() : null);
        // Boxed on both branches: a mixed long/Long conditional would unbox the null and throw.
        numberOrNull("srcPort", t != null ? Long.valueOf(t.srcPort()) : u != null ? Long.valueOf(u.srcPort()) : null);
        numberOrNull("dstPort", t != null ? Long.valueOf(t.dstPort()) : u != null ? Long.valueOf(u.dstPort()) : null);
        gen.writeFieldName("flags");
        if (t != null) {
            gen.writeStartArray();
            for (String f : TcpFlags.names(t.flags())) {
                gen.writeString(f);
            }
            gen.writeEndArray();
        } else {
            gen.writeNull();
        }
        numberOrNull("seq", a != null ? a.relSeq() : null);
        numberOrNull("ack", a != null ? a.relAck() : null);
        numberOrNull("seqRaw", t != null ? t.seq() : null);
        numberOrNull("ackRaw", t != null ? t.ack() : null);
        numberOrNull("len", t != null ? (long) t.segmentLength() : null);
        numberOrNull("win", t != null ? (long) t.window() : null);
        numberOrNull("calcWin", a != null ? a.calcWindow() : null);
        gen.writeFieldName("analysis");
        if (a != null) {
            gen.writeStartArray();
            for (Finding f : FINDINGS) {
                if (a.has(f) || f == Finding.RETRANSMISSION && isAnyRetransmission(a)) {
                    gen.writeString(f.field());
                }
            }
            gen.writeEndArray();
        } else {
            gen.writeNull();
        }
        gen.writeFieldName("info");
        if (utf8) {
            scratch.setLength(0);
            d.appendInfo(scratch);
            writeScratch();
        } else {
            gen.writeString(d.info());
        }
        AppJson.write(gen, d.app());
        writePayload(d.payload());
        gen.writeFieldName("explain");
        if (utf8) {
            scratch.setLength(0);
            d.explanation().renderTo(texts.explain(), scratch);
            writeScratch();
        } else {
            gen.writeString(d.explanation().render(texts.explain()));
        }
        gen.writeFieldName("malformed");
        if (p.malformed() != null) {
            gen.writeStartObject();
            gen.writeStringField("layer", p.malformed().layer());
            gen.writeStringField("kind", p.malformed().kind());
            gen.writeNumberField("offset", p.malformed().offset());
            gen.writeStringField("detail", p.malformed().detail());
            gen.writeEndObject();
        } else {
            gen.writeNull();
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    /**
     * tshark sets the tcp.analysis.retransmission field on fast and spurious retransmissions too;
     * the JSON follows tshark's fields, while the analysis keeps only the specific finding.
     */
    private static boolean isAnyRetransmission(TcpAnalysis a) {
        return a.has(Finding.FAST_RETRANSMISSION) || a.has(Finding.SPURIOUS_RETRANSMISSION);
    }

    private void writePayload(PayloadView v) throws IOException {
        gen.writeFieldName("payload");
        if (v == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeNumberField("bytes", v.bytes());
        if (v.textUtf8() != null) {
            gen.writeFieldName("text");
            if (utf8) {
                scratch.setLength(0);
                v.textUtf8().appendTo(scratch);
                if (v.escapeFree()) {
                    // Readable text without \r \n \t " or \ holds nothing JSON escapes (no control
                    // characters at all): the bytes go in as they are.
                    gen.writeRawUTF8String(scratch.array(), 0, scratch.length());
                } else {
                    writeScratch();
                }
            } else {
                gen.writeString(v.text());
            }
        } else {
            gen.writeStringField("hex", v.hex());
        }
        gen.writeFieldName("entropy");
        gen.writeNumber(v.entropyText());
        gen.writeStringField("kind", v.kind());
        gen.writeEndObject();
    }

    /** Writes the scratch buffer's UTF-8 as a JSON string (escaped by the generator). */
    private void writeScratch() throws IOException {
        gen.writeUTF8String(scratch.array(), 0, scratch.length());
    }

    private void address(String name, NetAddress a) throws IOException {
        if (a == null || !utf8) {
            stringOrNull(name, a != null ? a.toString() : null);
            return;
        }
        gen.writeFieldName(name);
        scratch.setLength(0);
        a.appendTo(scratch);
        writeScratch();
    }

    private void stringOrNull(String name, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, value);
        }
    }

    private void numberOrNull(String name, Long value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeNumberField(name, value);
        }
    }

    @Override
    public void summary(RunSummary summary) {
        flush();
        TextSummaryWriter.writeAndFlush(summaryOut, texts, summary);
    }

    @Override
    public void flush() {
        try {
            gen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
