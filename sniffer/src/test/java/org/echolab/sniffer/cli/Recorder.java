package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;
import picocli.CommandLine;

/**
 * Records real loopback traffic the way a student does: a live capture through the sniffer's own
 * run loop with {@code -w FILE}, stopped when the traffic is over.
 */
final class Recorder {
    /** Traffic that may throw. */
    interface Traffic {
        void run() throws Exception;
    }

    /** What the live run printed (jsonl on out, the summary on err). */
    record Run(String out, String err) {
    }

    private Recorder() {
    }

    static Run record(String device, String filter, Path file, Traffic traffic) throws Exception {
        return record(device, filter, file, "12321,12345", traffic);
    }

    /** @param kitPorts the ports whose payloads the run recognises as the kit's protocol */
    static Run record(String device, String filter, Path file, String kitPorts, Traffic traffic) throws Exception {
        return record(device, filter, file, kitPorts, 300, traffic);
    }

    /** @param settleMillis how long to let trailing packets arrive before stopping (0: stop at once) */
    static Run record(String device, String filter, Path file, String kitPorts, int settleMillis, Traffic traffic)
            throws Exception {
        FrameSource source = Captures.openLive(device, filter, file);
        DisplayOptions display = display("--format", "jsonl", "--lang", "en", "--ports", kitPorts);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread loop = new Thread(() -> {
            try {
                new SnifferRun(source, display, false).run(new PrintWriter(out), new PrintWriter(err), 0, 0);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "test-capture");
        loop.start();
        try {
            traffic.run();
            Thread.sleep(settleMillis);
        } finally {
            source.stop();
            loop.join(10_000);
        }
        assertFalse(loop.isAlive(), "the capture loop did not stop");
        if (failure.get() != null) {
            throw new AssertionError("the capture failed", failure.get());
        }
        return new Run(out.toString(), err.toString());
    }

    /** Display options parsed exactly as the command line would. */
    static DisplayOptions display(String... args) {
        ReadCommand read = new ReadCommand();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "unused.pcap";
        new CommandLine(read).parseArgs(all);
        return read.display;
    }
}
