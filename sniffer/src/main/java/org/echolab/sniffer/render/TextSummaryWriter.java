package org.echolab.sniffer.render;

import java.io.IOException;
import java.io.Writer;
import org.echolab.sniffer.capture.CaptureStats;

/** Writes the end-of-run summary as text: frames, one paragraph per conversation, libpcap's counters. */
final class TextSummaryWriter {
    private final Writer out;
    private final Texts texts;

    TextSummaryWriter(Writer out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    /** Writes {@code summary} to {@code out} and flushes it; I/O failures become unchecked. */
    static void writeAndFlush(java.io.Writer out, Texts texts, RunSummary summary) {
        try {
            new TextSummaryWriter(out, texts).write(summary);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void write(RunSummary s) throws IOException {
        out.write('\n');
        out.write(texts.render().get("summary.header", Long.toString(s.frames()),
                Long.toString(s.conversations().size() + s.moreConversations())));
        out.write('\n');
        for (String c : s.conversations()) {
            out.write(c);
            out.write('\n');
        }
        if (s.moreConversations() > 0) {
            out.write(texts.render().get("summary.more", Long.toString(s.moreConversations())));
            out.write('\n');
        }
        CaptureStats st = s.stats();
        if (st != null) {
            out.write(texts.render().get("summary.stats", Long.toString(st.received()), Long.toString(st.dropped()),
                    Long.toString(st.droppedByInterface())));
            out.write('\n');
        }
    }
}
