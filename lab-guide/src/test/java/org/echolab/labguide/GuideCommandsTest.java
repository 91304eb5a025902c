package org.echolab.labguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every marked command of every guide page against the built kit, in a temp working dir,
 * and checks exit codes and the page's expected output. As root each page runs in a fresh network
 * namespace ({@code unshare --net}), so the guide's real default ports never clash with a kit
 * already running on this machine.
 */
class GuideCommandsTest {
    static final Path GUIDE = Path.of("").toAbsolutePath();
    static final Path KIT = GUIDE.getParent();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyPageRuns() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String lang : List.of("en", "ko")) {
            try (Stream<Path> s = Files.list(GUIDE.resolve(lang))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        // Index pages hold no commands: they are not tests at all (rather than skipped ones).
        pages.removeIf(p -> blocksOf(p).blocks().isEmpty());
        assertTrue(pages.size() >= 10, "the labs' pages were found: " + pages);
        return pages.stream().map(p -> DynamicTest.dynamicTest(GUIDE.relativize(p).toString(), () -> run(p)));
    }

    @Test
    void bothLanguagesHaveTheSamePagesAndTheSameCommands() throws IOException {
        for (String page : names("en")) {
            GuideBlocks en = GuideBlocks.parse(Files.readAllLines(GUIDE.resolve("en").resolve(page)));
            GuideBlocks ko = GuideBlocks.parse(Files.readAllLines(GUIDE.resolve("ko").resolve(page)));
            assertEquals(en.blocks().size(), ko.blocks().size(), page);
            for (int i = 0; i < en.blocks().size(); i++) {
                assertEquals(strip(en.blocks().get(i).commands()), strip(ko.blocks().get(i).commands()), page);
            }
        }
        assertEquals(names("en"), names("ko"));
    }

    private static GuideBlocks blocksOf(Path page) {
        try {
            return GuideBlocks.parse(Files.readAllLines(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void run(Path page) throws Exception {
        GuideBlocks g = blocksOf(page);
        boolean ci = "true".equals(System.getenv("CI"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (g.needsRoot() && !root) {
            if (ci) {
                fail(page + " needs capture privileges: CI must run as root");
            }
            assumeTrue(false, page.getFileName() + " captures live traffic: needs root (runs under CI as root)");
        }
        if (g.uses("tshark") && !onPath("tshark")) {
            if (ci) {
                fail("tshark is missing (.ci/run installs it)");
            }
            assumeTrue(false, "tshark is not installed (sudo apt-get install tshark)");
        }
        assertTrue(Files.isRegularFile(KIT.resolve("sniffer/target/sniffer.jar")), "build the kit first (mvn verify)");
        Path script = Files.writeString(tmp.resolve("page.sh"), g.script());
        Files.createDirectories(tmp.resolve("home"));
        List<String> cmd = root
                ? List.of("unshare", "--net", "bash", "-c", "ip link set lo up && exec bash page.sh")
                : List.of("bash", "page.sh");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("KIT", KIT.toString());
        pb.environment().put("ECHO_LAB_HOME", tmp.resolve("home").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(page + ": timed out");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), page + " failed:\n" + text);
        for (String e : g.expected()) {
            assertTrue(text.contains(e), page + ": expected \"" + e + "\" in the output:\n" + text);
        }
    }

    private static List<String> names(String lang) throws IOException {
        try (Stream<Path> s = Files.list(GUIDE.resolve(lang))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The same commands, whatever the --lang. */
    private static List<String> strip(List<String> commands) {
        return commands.stream().map(c -> c.replaceAll(" --lang (ko|en)", "")).toList();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
