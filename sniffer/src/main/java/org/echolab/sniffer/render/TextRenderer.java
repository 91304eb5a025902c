package org.echolab.sniffer.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.explain.Sentence;

/**
 * The default output: one Wireshark-like line per packet (No., Time, Source → Destination,
 * Protocol, Length, Info), then the explanation and the payload, indented.
 *
 * <p>Every packet is written as UTF-8 into a {@link Utf8Buffer}: the pipeline's render threads
 * hand it their batch, so the text goes from the message patterns into the output bytes
 * without a String per line; with a {@link PrintWriter}, each packet is printed from the buffer.
 */
public final class TextRenderer implements PacketRenderer {
    static final String INDENT = "      ";
    static final String LINE_END = System.lineSeparator();
    // The same in UTF-8, appended to every packet's text without encoding them again.
    static final byte[] INDENT_UTF8 = INDENT.getBytes(StandardCharsets.UTF_8);
    static final byte[] LINE_END_UTF8 = LINE_END.getBytes(StandardCharsets.UTF_8);

    /** Null when rendering straight into a batch. */
    private final PrintWriter out;
    private final Utf8Buffer buffer;
    private final Texts texts;
    private final Ansi ansi;

    public TextRenderer(PrintWriter out, Texts texts, Ansi ansi) {
        this(out, new Utf8Buffer(4096), texts, ansi);
    }

    /** Appends every packet to {@code batch}. */
    public TextRenderer(Utf8Buffer batch, Texts texts, Ansi ansi) {
        this(null, batch, texts, ansi);
    }

    private TextRenderer(PrintWriter out, Utf8Buffer buffer, Texts texts, Ansi ansi) {
        this.out = out;
        this.buffer = buffer;
        this.texts = texts;
        this.ansi = ansi;
    }

    @Override
    public void packet(Dissection d) {
        Utf8Buffer b = buffer;
        String colour = ansi.enabled() ? colour(d) : null;
        if (colour != null) {
            b.append(colour);
            headline(d, b);
            b.append(Ansi.RESET);
        } else {
            headline(d, b);
        }
        b.append(LINE_END_UTF8);
        List<Sentence> sentences = d.explanation().sentences();
        for (int i = 0, n = sentences.size(); i < n; i++) {
            b.append(INDENT_UTF8);
            sentences.get(i).renderTo(texts.explain(), b);
            b.append(LINE_END_UTF8);
        }
        PayloadLines.write(b, INDENT_UTF8, d.payload(), texts, ansi);
        if (out != null) {
            out.print(b.toString());
            b.setLength(0);
        }
    }

    /** {@code    4 0.000123 127.0.0.1 → 127.0.0.1 TCP 71 63304 → 12321 [PSH, ACK] …}. */
    private static void headline(Dissection d, Utf8Buffer b) {
        long no = d.packet().number();
        for (long width = 10_000; width > 1 && no < width; width /= 10) {
            b.ascii(' ');
        }
        b.append(no).ascii(' ');
        Columns.seconds(b, d.relativeNanos(), 6);
        b.ascii(' ');
        if (d.packet().ip() != null) {
            d.packet().ip().src().appendTo(b);
            b.append(TcpInfoColumn.ARROW);
            d.packet().ip().dst().appendTo(b);
            b.ascii(' ');
        }
        b.append(d.protocol()).ascii(' ').append(d.packet().originalLength()).ascii(' ');
        d.appendInfo(b);
    }

    private static String colour(Dissection d) {
        if (d.packet().isMalformed()) {
            return Ansi.BOLD_RED;
        }
        TcpAnalysis a = d.tcp();
        if (a == null) {
            return null;
        }
        if (!a.findings().isEmpty()) {
            return Ansi.RED;
        }
        return switch (a.phase()) {
            case HANDSHAKE -> Ansi.GREEN;
            case TEARDOWN -> Ansi.YELLOW;
            case RESET -> Ansi.BOLD_RED;
            case DATA -> Ansi.CYAN;
        };
    }

    @Override
    public void summary(RunSummary summary) {
        if (out != null) {
            TextSummaryWriter.writeAndFlush(out, texts, summary);
        } else {
            StringWriter text = new StringWriter();
            TextSummaryWriter.writeAndFlush(new PrintWriter(text), texts, summary);
            buffer.append(text.toString());
        }
    }

    @Override
    public void flush() {
        if (out != null) {
            out.flush();
        }
    }
}
