package org.echolab.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Collects the English lines of a {@link ServerLog} and waits for the ones a test expects. */
public final class LogRecorder {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final ServerLog log = ServerLog.english(lines::add);

    public ServerLog log() {
        return log;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits up to 10 s for a line containing every one of {@code parts}, and returns it. */
    public String await(String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (containsAll(line, parts)) {
                    return line;
                }
            }
            Thread.sleep(10);
        }
        return fail("no log line with " + List.of(parts) + " in " + lines);
    }

    public long count(String part) {
        return lines.stream().filter(l -> l.contains(part)).count();
    }

    private static boolean containsAll(String line, String[] parts) {
        for (String part : parts) {
            if (!line.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
