package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echolab.sniffer.capture.CaptureStats;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.RawFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stop while the display is far behind: the display goes on for its grace period, then the
 * rest is analysed for the summary without being rendered, and one line says which frames were
 * not shown, so Ctrl-C after a flood ends the run promptly without losing the summary.
 */
@Timeout(60)
class StopWithBacklogTest {
    @Test
    void framesLeftAfterTheGracePeriodAreCountedButNotShownAndOneLineSaysSo() throws Exception {
        List<RawFrame> echo = new ArrayList<>();
        try (FrameSource file = Captures.openFile(Path.of("src/test/resources/captures/echo-ipv4.pcap"), null)) {
            RawFrame f;
            while ((f = file.next()) != null) {
                echo.add(f);
            }
        }
        // Still yields frames for the grace period and one more second after the stop, like a file far behind.
        long backlogNanos = SnifferRun.STOP_GRACE_NANOS + TimeUnit.SECONDS.toNanos(1);
        FrameSource behind = new FrameSource() {
            private volatile long stoppedAt;
            private long served;

            @Override
            public int linkType() {
                return echo.get(0).linkType();
            }

            @Override
            public RawFrame next() {
                long at = stoppedAt;
                if (at != 0 && System.nanoTime() - at > backlogNanos) {
                    return null;
                }
                if (served % 64 == 0) {
                    sleepMillis(1);
                }
                return echo.get((int) (served++ % echo.size()));
            }

            @Override
            public void stop() {
                if (stoppedAt == 0) {
                    stoppedAt = System.nanoTime();
                }
            }

            @Override
            public CaptureStats stats() {
                return null;
            }

            @Override
            public void close() {
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        DisplayOptions display = Recorder.display("--format", "jsonl", "--lang", "en");
        int code = new SnifferRun(behind, display, false).run(new PrintWriter(out), new PrintWriter(err), 0, 1);
        assertEquals(0, code);
        long shown = out.toString().lines().filter(l -> l.startsWith("{")).count();
        String note = err.toString().lines().filter(l -> l.startsWith("The capture was stopped while the display"))
                .findFirst().orElseThrow(() -> new AssertionError("no note on stderr:\n" + err));
        String summary = err.toString().lines().filter(l -> l.startsWith("--- Summary: ")).findFirst().orElseThrow();
        long total = Long.parseLong(summary.replaceAll("--- Summary: (\\d+) frames.*", "$1"));
        assertTrue(shown > 0 && shown < total, shown + " shown of " + total);
        assertTrue(note.contains("display was " + (total - shown) + " packets behind: frames " + (shown + 1) + "–"
                + total + " are counted in the summary but not shown"), note);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
