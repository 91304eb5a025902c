package org.echolab.labguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/demo.sh end to end, in its own network namespace so the kit's real ports are free. */
class DemoScriptTest {
    @Test
    void demoCapturesBothConversationsAndComparesThem(@TempDir Path out) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            if ("true".equals(System.getenv("CI"))) {
                fail("demo.sh captures live traffic: CI must run as root");
            }
            assumeTrue(false, "demo.sh captures live traffic: needs root (runs under CI as root)");
        }
        Path kit = GuideCommandsTest.KIT;
        String demo = kit.resolve("scripts/demo.sh").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of("unshare", "--net", "bash", "-c",
                "ip link set lo up && exec \"$0\" --out \"$1\" --lang en", demo, out.toString()))
                .redirectErrorStream(true);
        Process p = pb.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("demo.sh timed out");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertTrue(Files.size(out.resolve("lab-capture.pcap")) > 0, text);
        assertTrue(text.matches("(?s).*\"HELLO\" on the wire\\s+readable \\(frames \\d+, \\d+\\)\\s+nowhere\\n.*"), text);
        assertTrue(text.matches("(?s).*server public key\\s+—\\s+300 bytes \\(frame \\d+\\).*"), text);
        assertTrue(text.matches("(?s).*RSA-wrapped AES key\\s+—\\s+256 bytes \\(frame \\d+\\).*"), text);
        assertTrue(text.contains("2 TCP conversations"), text);
    }

    @Test
    void demoRejectsAnUnknownArgumentWithUsage() throws Exception {
        Process p = new ProcessBuilder(GuideCommandsTest.KIT.resolve("scripts/demo.sh").toString(), "--bogus")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.startsWith("demo: unknown argument: --bogus"), text);
    }
}
