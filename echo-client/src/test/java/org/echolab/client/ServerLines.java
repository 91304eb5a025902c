package org.echolab.client;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.echolab.server.ServerLog;

/** The English log lines of a server started by a test, and a wait for an expected one. */
final class ServerLines {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    final ServerLog log = ServerLog.english(lines::add);

    String await(String part) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            for (String line : lines) {
                if (line.contains(part)) {
                    return line;
                }
            }
            Thread.sleep(10);
        }
        return fail("no server log line with '" + part + "' in " + lines);
    }
}
