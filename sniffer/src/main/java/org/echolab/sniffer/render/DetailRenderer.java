package org.echolab.sniffer.render;

import java.io.PrintWriter;
import java.util.List;
import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.explain.Sentence;

/**
 * A Wireshark-like tree per packet: frame, link, IP and TCP/UDP layers with every field (flags
 * bit by bit, relative and raw numbers, options, [SEQ/ACK analysis]), then the payload and the
 * explanation. Labels come from the Render bundle: Wireshark's words in English, Korean with
 * the English term in the ko bundle so students can match them to Wireshark.
 */
public final class DetailRenderer implements PacketRenderer {
    private final PrintWriter out;
    private final Texts texts;

    public DetailRenderer(PrintWriter out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void packet(Dissection d) {
        tree(d, texts).writeTo(out);
        for (Sentence s : d.explanation().sentences()) {
            out.print(TextRenderer.INDENT);
            out.println(s.render(texts.explain()));
        }
        Utf8Buffer payload = new Utf8Buffer(256);
        PayloadLines.write(payload, TextRenderer.INDENT_UTF8, d.payload(), texts, Ansi.off());
        out.print(payload.toString());
        out.println();
    }

    /** The detail tree of one packet as lines, four spaces of indent per level (for the HTML report). */
    public static List<String> treeLines(Dissection d, Texts texts) {
        return tree(d, texts).lines();
    }

    private static Tree tree(Dissection d, Texts texts) {
        Tree tree = new Tree(texts.render());
        Packet p = d.packet();
        tree.line(0, "detail.frame", p.number(), p.originalLength(), p.originalLength() * 8L,
                p.capturedLength(), p.capturedLength() * 8L);
        tree.line(1, "detail.frame.time", Columns.seconds(d.relativeNanos(), 9));
        tree.line(1, "detail.frame.linkType", org.echolab.sniffer.decode.LinkType.name(p.linkType()), p.linkType());
        LayerTrees.link(tree, p);
        LayerTrees.ip(tree, p);
        LayerTrees.transport(tree, d);
        AppTrees.write(tree, d.app());
        if (p.malformed() != null) {
            tree.line(0, "detail.malformed", p.malformed().layer(), p.malformed().detail(), p.malformed().offset());
        }
        return tree;
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
