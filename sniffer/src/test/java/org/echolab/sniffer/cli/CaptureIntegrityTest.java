package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echolab.server.PlainEchoServer;
import org.echolab.server.ServerConfig;
import org.echolab.server.ServerLog;
import org.echolab.sniffer.testing.Tools;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sniffer capture -w} in its own JVM, stopped by SIGINT (Ctrl-C) or SIGTERM while echo
 * traffic flows: the file must open in tshark and hold exactly the packets the summary counted.
 * Needs capture rights (root): skipped with the reason elsewhere, run under {@code CI=true}.
 */
class CaptureIntegrityTest {
    private static final Pattern FRAMES = Pattern.compile("Summary: ([\\d,]+) frames");
    private static final Pattern SIG_IGN = Pattern.compile("(?m)^SigIgn:\\s*([0-9a-f]+)$");
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void signalMidTrafficLeavesACompleteFile(String signal) throws Exception {
        requireRoot();
        Path tshark = Tools.requireTool("tshark");
        Path pcap = dir.resolve("run.pcap");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard())) {
            Process sniffer = startSniffer(server.port(), pcap, out, err);
            try {
                awaitStarted(sniffer, err);
                if (signal.equals("INT")) {
                    assertSigintNotIgnored(sniffer);
                }
                try (Traffic traffic = new Traffic(server.port())) {
                    Thread.sleep(1500);
                    assertTrue(traffic.echoes.get() > 0, "no echo traffic");
                    kill(sniffer, signal);
                    assertTrue(sniffer.waitFor(20, TimeUnit.SECONDS), "sniffer did not stop on SIG" + signal);
                }
            } finally {
                sniffer.destroyForcibly();
            }
            // The JVM ends a signalled run with the shell's 128 + signal number, after its shutdown hook.
            int expected = 128 + (signal.equals("INT") ? SIGINT : SIGTERM);
            assertEquals(expected, sniffer.exitValue(), () -> "exit code; stderr: " + read(err));
        }
        String summary = read(out);
        Matcher m = FRAMES.matcher(summary);
        assertTrue(m.find(), () -> "no summary in the output; stderr: " + read(err));
        long counted = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(counted > 20, "frames counted: " + counted);
        Process t = new ProcessBuilder(tshark.toString(), "-r", pcap.toString(), "-T", "fields", "-e", "frame.number")
                .redirectError(dir.resolve("tshark-err.txt").toFile()).start();
        List<String> lines = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, t.waitFor(), () -> "tshark could not read the file: " + read(dir.resolve("tshark-err.txt")));
        assertEquals(List.of(), lines.stream().filter(l -> !l.matches("\\d+")).toList(), "tshark output");
        assertEquals(counted, lines.size(), "packets in the file against packets the summary counted");
    }

    private static void requireRoot() throws IOException {
        boolean root = Files.isReadable(Path.of("/proc/self/status"))
                && Files.readString(Path.of("/proc/self/status")).matches("(?s).*\\nUid:\\s+0\\s.*");
        if (!root && Tools.isCi()) {
            fail("capture integrity needs root; CI=true requires it");
        }
        assumeTrue(root, "live capture needs root (or capture capabilities): not running as root");
    }

    /**
     * Through {@code env --default-signal=INT}: a JVM started with SIGINT ignored (the child of a
     * background job in a non-interactive shell inherits that) would ignore Ctrl-C for good.
     */
    private Process startSniffer(int port, Path pcap, Path out, Path err) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT", java, "-cp",
                System.getProperty("java.class.path"), SnifferMain.class.getName(), "capture", "-i", "lo",
                "-f", "tcp port " + port, "-w", pcap.toString(), "--lang", "en"));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private static void awaitStarted(Process p, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (read(err).contains("Capturing on")) {
                Thread.sleep(300);
                return;
            }
            if (!p.isAlive()) {
                fail("sniffer exited early: " + read(err));
            }
            Thread.sleep(50);
        }
        fail("sniffer did not start capturing: " + read(err));
    }

    /** Reports (fails) rather than passes silently when the child would ignore SIGINT. */
    private static void assertSigintNotIgnored(Process p) throws IOException {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Matcher m = SIG_IGN.matcher(Files.readString(status));
        assertTrue(m.find(), "no SigIgn in " + status);
        long ignored = Long.parseLong(m.group(1), 16);
        assertEquals(0, ignored & (1L << (SIGINT - 1)), "the sniffer process ignores SIGINT (SigIgn " + m.group(1)
                + "), so Ctrl-C could not stop it");
    }

    /** Short echo conversations, one after another, until closed. */
    private static final class Traffic implements AutoCloseable {
        final AtomicLong echoes = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Traffic(int port) {
            thread = new Thread(() -> {
                byte[] hello = "HELLO".getBytes(StandardCharsets.US_ASCII);
                while (running.get()) {
                    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        OutputStream o = s.getOutputStream();
                        InputStream i = s.getInputStream();
                        o.write(hello);
                        i.readNBytes(hello.length);
                        echoes.incrementAndGet();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, "echo-traffic");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }
    }

    private static void kill(Process p, String signal) {
        try {
            // bash's builtin kill: a minimal Debian has bash and coreutils, not always procps' kill.
            Process k = new ProcessBuilder("bash", "-c", "kill -s " + signal + " " + p.pid()).inheritIO().start();
            assertEquals(0, k.waitFor(), "kill -s " + signal);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
