package org.echolab.sniffer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.Messages;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.capture.CaptureException;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.LiveCapture;
import org.echolab.sniffer.capture.RawFrame;
import org.echolab.sniffer.render.Ansi;
import org.echolab.sniffer.render.DetailRenderer;
import org.echolab.sniffer.render.JsonlRenderer;
import org.echolab.sniffer.render.PacketRenderer;
import org.echolab.sniffer.render.RunSummary;
import org.echolab.sniffer.render.TextRenderer;
import org.echolab.sniffer.render.Texts;

/**
 * Runs one capture or file through the dissector and a renderer, stops on the count, the time
 * limit, Ctrl-C or SIGTERM, and always ends with the summary (and a complete {@code -w} file).
 */
final class SnifferRun {
    /** How many conversations the summary lists one by one; the rest are counted. */
    static final int SUMMARY_LIMIT = 50;
    /** Rendering takes about twice the dissector's time, so two renderers keep up with it. */
    static final int RENDER_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * After a stop, packets still waiting in a live capture's file are shown for this long; the
     * rest are analysed for the summary but not rendered, so Ctrl-C ends a run promptly even when
     * a flood left the display far behind (they all stay in the {@code -w} file).
     */
    static final long STOP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final FrameSource source;
    private final DisplayOptions display;
    private final boolean direct;
    /** System.nanoTime() of the first stop request (Ctrl-C, SIGTERM, --seconds); 0 while running. */
    private volatile long stoppedAt;

    /**
     * @param direct render each packet on the reading thread instead of on the render threads
     *     (the simplest path, which the tests compare the pipeline against)
     */
    SnifferRun(FrameSource source, DisplayOptions display, boolean direct) {
        this.source = source;
        this.display = display;
        this.direct = direct;
    }

    /**
     * @param maxFrames stop after this many frames (0: no limit)
     * @param maxSeconds stop after this many seconds (0: no limit)
     */
    int run(PrintWriter out, PrintWriter err, long maxFrames, long maxSeconds) {
        Texts texts = Texts.load(display.lang.lang().locale());
        PacketRenderer renderer = renderer(out, err, texts);
        Dissector dissector = new Dissector(display.dissectorOptions());
        RenderPipeline pipeline = direct ? RenderPipeline.direct(renderer)
                : RenderPipeline.threaded(renderer, batch -> batchRenderer(batch, err, texts), out, RENDER_THREADS);
        if (source instanceof LiveCapture live) {
            // Caught up with the capture: show what is rendered now, not when a buffer fills.
            live.start(maxFrames, pipeline::idle);
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            requestStop();
            awaitQuietly(done);
        }, "sniffer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread timer = maxSeconds > 0 ? startTimer(maxSeconds) : null;
        CaptureException failure = null;
        long firstUnshown = 0;
        try {
            RawFrame f;
            while ((f = source.next()) != null) {
                Dissection d = dissector.dissectOwned(f.linkType(), f.timestampNanos(), f.originalLength(), f.data());
                if (firstUnshown == 0 && pastGrace()) {
                    firstUnshown = dissector.frames();
                }
                if (firstUnshown == 0) {
                    pipeline.accept(d);
                }
                if (maxFrames > 0 && dissector.frames() >= maxFrames) {
                    break;
                }
            }
        } catch (CaptureException e) {
            failure = e;
        } finally {
            if (timer != null) {
                timer.interrupt();
            }
            pipeline.finish();
            if (firstUnshown > 0) {
                err.println(unshownNote(firstUnshown, dissector.frames()));
                err.flush();
            }
            renderer.summary(summary(dissector, texts));
            renderer.flush();
            source.close();
            done.countDown();
            removeHook(hook);
        }
        if (failure != null) {
            throw failure;
        }
        return ExitCodes.OK;
    }

    private RunSummary summary(Dissector dissector, Texts texts) {
        List<ConversationSummary> all = dissector.conversations();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < all.size() && i < SUMMARY_LIMIT; i++) {
            lines.add(dissector.summarize(all.get(i)).render(texts.explain()));
        }
        // Every conversation counts, also those past the ones the analyzer keeps in full.
        return new RunSummary(dissector.frames(), lines, Math.max(0, dissector.totals().conversations() - lines.size()),
                source.stats());
    }

    private PacketRenderer renderer(PrintWriter out, PrintWriter err, Texts texts) {
        return switch (display.format) {
            case text -> new TextRenderer(out, texts, Ansi.auto());
            case detail -> new DetailRenderer(out, texts);
            case jsonl -> new JsonlRenderer(out, err, texts);
        };
    }

    /** Stops the source; the first call starts the {@link #STOP_GRACE_NANOS} for the display. */
    private void requestStop() {
        if (stoppedAt == 0) {
            stoppedAt = System.nanoTime() | 1;
        }
        source.stop();
    }

    private boolean pastGrace() {
        long at = stoppedAt;
        return at != 0 && System.nanoTime() - at > STOP_GRACE_NANOS;
    }

    /** One line: which frames were analysed but not shown, and where they are. */
    private String unshownNote(long first, long last) {
        Messages m = Messages.load(SnifferMain.BUNDLE, display.lang.lang().locale());
        Path saved = source instanceof LiveCapture live ? live.savedTo() : null;
        String count = Long.toString(last - first + 1);
        return saved != null
                ? m.get("capture.unshown.saved", count, Long.toString(first), Long.toString(last), saved)
                : m.get("capture.unshown", count, Long.toString(first), Long.toString(last));
    }

    /** A renderer into one batch of the pipeline: text and jsonl write UTF-8 bytes themselves, detail text. */
    private PacketRenderer batchRenderer(BatchWriter batch, PrintWriter err, Texts texts) {
        return switch (display.format) {
            case text -> new TextRenderer(batch.buffer(), texts, Ansi.auto());
            case jsonl -> new JsonlRenderer(batch.stream(), err, texts);
            case detail -> new DetailRenderer(batch.printer(), texts);
        };
    }

    private Thread startTimer(long seconds) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                requestStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sniffer-timer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            // Long enough for the display's grace after a stop and for analysing what it left unshown.
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and waits for us.
            return;
        }
    }
}
