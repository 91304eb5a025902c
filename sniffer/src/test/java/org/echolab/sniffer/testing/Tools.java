package org.echolab.sniffer.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds external tools (tshark, tcpdump …) that some tests compare against. A missing tool skips
 * the test with its reason, except under {@code CI=true}, where a skipped oracle would hide a
 * regression, so it fails instead.
 */
public final class Tools {
    private Tools() {
    }

    /** The tool's path on {@code PATH}; skips (or, under {@code CI=true}, fails) when it is absent. */
    public static Path requireTool(String name) {
        Path found = find(name);
        if (found != null) {
            return found;
        }
        String reason = name + " not installed: not found on PATH (" + System.getenv("PATH") + ")";
        if (isCi()) {
            fail(reason + "; CI=true requires it");
        }
        assumeTrue(false, reason);
        return null;
    }

    /** Whether the build runs under CI ({@code CI=true}), where skips must become failures. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Path find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
