package org.echolab.sniffer.render;

import java.io.PrintWriter;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.explain.Sentence;

/**
 * The default output: one Wireshark-like line per packet (No., Time, Source → Destination,
 * Protocol, Length, Info), then the explanation and the payload, indented.
 */
public final class TextRenderer implements PacketRenderer {
    static final String INDENT = "      ";
    private static final String ARROW = " \u2192 ";

    private final PrintWriter out;
    private final Texts texts;
    private final Ansi ansi;

    public TextRenderer(PrintWriter out, Texts texts, Ansi ansi) {
        this.out = out;
        this.texts = texts;
        this.ansi = ansi;
    }

    @Override
    public void packet(Dissection d) {
        String colour = colour(d);
        if (colour == null || !ansi.enabled()) {
            headline(d, out);
            out.println();
        } else {
            out.println(ansi.paint(colour, headline(d)));
        }
        for (Sentence s : d.explanation().sentences()) {
            out.print(INDENT);
            out.println(s.render(texts.explain()));
        }
        PayloadLines.write(out, INDENT, d.payload(), texts, ansi);
    }

    /** {@code    4 0.000123 127.0.0.1 → 127.0.0.1 TCP 71 63304 → 12321 [PSH, ACK] …}. */
    static String headline(Dissection d) {
        java.io.StringWriter w = new java.io.StringWriter(160);
        headline(d, new PrintWriter(w));
        return w.toString();
    }

    /**
     * Prints the headline in pieces: the ASCII parts stay one byte per character all the way
     * to the output, instead of one "→" turning the whole line into UTF-16.
     */
    private static void headline(Dissection d, PrintWriter out) {
        StringBuilder sb = new StringBuilder(48);
        String no = Long.toString(d.packet().number());
        for (int i = no.length(); i < 5; i++) {
            sb.append(' ');
        }
        sb.append(no).append(' ').append(Columns.seconds(d.relativeNanos(), 6)).append(' ');
        String src = Columns.source(d.packet());
        if (!src.isEmpty()) {
            out.print(sb.append(src).toString());
            out.print(ARROW);
            sb.setLength(0);
            sb.append(Columns.destination(d.packet())).append(' ');
        }
        sb.append(d.protocol()).append(' ').append(d.packet().originalLength()).append(' ');
        out.print(sb.toString());
        out.print(d.info());
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
        TextSummaryWriter.writeAndFlush(out, texts, summary);
    }

    @Override
    public void flush() {
        out.flush();
    }
}
