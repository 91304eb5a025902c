package org.echolab.sniffer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.echolab.cli.ExitCodes;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.capture.CaptureException;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.QueuedFrameSource;
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

    private final FrameSource source;
    private final DisplayOptions display;
    private final boolean live;

    SnifferRun(FrameSource source, DisplayOptions display, boolean live) {
        this.source = source;
        this.display = display;
        this.live = live;
    }

    /**
     * @param maxFrames stop after this many frames (0: no limit)
     * @param maxSeconds stop after this many seconds (0: no limit)
     */
    int run(PrintWriter out, PrintWriter err, long maxFrames, long maxSeconds) {
        // Live: libpcap is read on its own thread, so slow rendering never makes the kernel drop.
        QueuedFrameSource queued = live ? new QueuedFrameSource(source, maxFrames) : null;
        FrameSource frames = live ? queued : source;
        Texts texts = Texts.load(display.lang.lang().locale());
        PacketRenderer renderer = renderer(out, err, texts);
        Dissector dissector = new Dissector(display.dissectorOptions());
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            frames.stop();
            awaitQuietly(done);
        }, "sniffer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread timer = maxSeconds > 0 ? startTimer(frames, maxSeconds) : null;
        CaptureException failure = null;
        RenderPipeline pipeline = live ? RenderPipeline.direct(renderer)
                : RenderPipeline.threaded(renderer, w -> renderer(w, err, texts), out, RENDER_THREADS);
        try {
            RawFrame f;
            while ((f = frames.next()) != null) {
                Dissection d = dissector.dissect(f.linkType(), f.timestampNanos(), f.originalLength(), f.data());
                pipeline.accept(d);
                if (live && !queued.hasBacklog()) {
                    // Caught up with the capture: show what is rendered now, not when a buffer fills.
                    renderer.flush();
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
            renderer.summary(summary(dissector, texts));
            renderer.flush();
            frames.close();
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
        return new RunSummary(dissector.frames(), lines, Math.max(0, all.size() - SUMMARY_LIMIT),
                live ? source.stats() : null);
    }

    private PacketRenderer renderer(PrintWriter out, PrintWriter err, Texts texts) {
        return switch (display.format) {
            case text -> new TextRenderer(out, texts, Ansi.auto());
            case detail -> new DetailRenderer(out, texts);
            case jsonl -> new JsonlRenderer(out, err, texts);
        };
    }

    private static Thread startTimer(FrameSource source, long seconds) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                source.stop();
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
            // Long enough to render a backlog that was still queued when Ctrl-C came.
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
