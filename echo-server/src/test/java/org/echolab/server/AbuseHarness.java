package org.echolab.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the abuse suites share: good clients that keep running sessions in the background
 * (none may fail), a probe that samples the JVM's thread count and measures the heap after
 * GC, and the check that every bad connection got exactly one closing log line with its reason.
 */
final class AbuseHarness implements AutoCloseable {
    /** One good session, start to finish; throws if anything about it is wrong. */
    interface Session {
        void run() throws Exception;
    }

    private static final Pattern PEER_LINE = Pattern.compile(" 127\\.0\\.0\\.1:(\\d+) (closed by|refused)");

    private final LogRecorder recorder;
    /** Client port of each bad connection -> the reason its log line must give. */
    /**
     * The reasons expected per client port, one entry per bad connection: the system may hand
     * the same ephemeral port to two of the thousand connections.
     */
    private final Map<Integer, List<String>> expected = new ConcurrentHashMap<>();
    private final AtomicInteger goodSessions = new AtomicInteger();
    private final AtomicReference<Throwable> goodFailure = new AtomicReference<>();
    private final List<Thread> goodClients = new ArrayList<>();
    private final AtomicInteger peakThreads = new AtomicInteger();
    private final Thread sampler;
    private final long heapBefore;
    private final int threadsBefore;
    private volatile boolean running = true;

    AbuseHarness(LogRecorder recorder, int goodThreads, Session good) {
        this.recorder = recorder;
        this.heapBefore = heapAfterGc();
        this.threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        this.sampler = new Thread(() -> {
            while (running) {
                peakThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
                sleep(5);
            }
        }, "abuse-thread-sampler");
        sampler.start();
        for (int i = 0; i < goodThreads; i++) {
            Thread client = new Thread(() -> {
                while (running && goodFailure.get() == null) {
                    try {
                        good.run();
                        goodSessions.incrementAndGet();
                    } catch (Throwable e) {
                        goodFailure.compareAndSet(null, e);
                    }
                }
            }, "abuse-good-client-" + i);
            client.start();
            goodClients.add(client);
        }
    }

    /** Notes that the connection from {@code socket}'s local port must be closed with {@code reason}. */
    void expect(Socket socket, String reason) {
        expected.computeIfAbsent(socket.getLocalPort(), p -> new CopyOnWriteArrayList<>()).add(reason);
    }

    int expectedCount() {
        return expected.values().stream().mapToInt(List::size).sum();
    }

    /** Stops the good clients; fails if any good session failed or none ran. */
    void stopGoodClients() throws InterruptedException {
        running = false;
        for (Thread client : goodClients) {
            client.join(TimeUnit.SECONDS.toMillis(30));
        }
        sampler.join();
        if (goodFailure.get() != null) {
            throw new AssertionError("a good session failed after " + goodSessions.get() + " good ones",
                    goodFailure.get());
        }
        assertTrue(goodSessions.get() > 0, "no good session ran");
    }

    int goodSessions() {
        return goodSessions.get();
    }

    /**
     * Waits (up to {@code seconds}) until every bad connection has its closing line, then
     * checks that each one has exactly one, with its reason.
     */
    void assertEveryRejectionLogged(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String unmet = unmetRejection(linesByPort());
        while (unmet != null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            unmet = unmetRejection(linesByPort());
        }
        if (unmet != null) {
            fail(unmet);
        }
    }

    /**
     * The first bad connection whose closing line is missing or repeated: each reason expected
     * n times from a port must close n connections from that port, no more, no fewer. Null when
     * every one is logged exactly once.
     */
    private String unmetRejection(Map<Integer, List<String>> byPort) {
        for (Map.Entry<Integer, List<String>> bad : expected.entrySet()) {
            List<String> lines = byPort.getOrDefault(bad.getKey(), List.of());
            for (String reason : new java.util.HashSet<>(bad.getValue())) {
                long want = bad.getValue().stream().filter(reason::equals).count();
                long withReason = lines.stream().filter(l -> l.contains(reason)).count();
                if (withReason != want) {
                    return "port " + bad.getKey() + " should be closed " + want + " time(s) with '" + reason + "': "
                            + lines;
                }
            }
        }
        return null;
    }

    /** Heap growth after GC must stay under {@code limitBytes}; thread growth under {@code limitThreads}. */
    void assertResourcesBounded(long limitBytes, int limitThreads) {
        long grown = heapAfterGc() - heapBefore;
        assertTrue(grown < limitBytes, "heap after GC grew by " + grown + " bytes");
        int threads = peakThreads.get() - threadsBefore;
        assertTrue(threads <= limitThreads, "thread count grew by " + threads + " (limit " + limitThreads + ")");
    }

    private Map<Integer, List<String>> linesByPort() {
        Map<Integer, List<String>> byPort = new HashMap<>();
        for (String line : recorder.lines()) {
            Matcher matcher = PEER_LINE.matcher(line);
            if (matcher.find()) {
                byPort.computeIfAbsent(Integer.parseInt(matcher.group(1)), p -> new ArrayList<>()).add(line);
            }
        }
        return byPort;
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(20);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread client : goodClients) {
            client.join(TimeUnit.SECONDS.toMillis(30));
        }
        sampler.join();
    }
}
