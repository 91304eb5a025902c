package org.echolab.sniffer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @Test
    void plainShowsHelloAndEncryptedShowsKeysAndRecordsButNoHello() {
        LabRun r = LabRun.of("compare", LabRun.demoCapture().toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\"HELLO\" on the wire\\s+readable \\(frames 4, 6\\)\\s+nowhere\\n.*"), r.out());
        assertTrue(r.out().contains("300 bytes (frame 14)"), r.out());
        assertTrue(r.out().contains("256 bytes (frame 16)"), r.out());
        assertTrue(r.out().contains("37, 37 bytes"), r.out());
        assertTrue(r.out().matches("(?s).*frame 4\\s+C→S\\s+5 B\\s+entropy 1\\.92\\s+\"HELLO\".*"), r.out());
        assertTrue(r.out().matches("(?s).*frame 16\\s+C→S\\s+256 B\\s+entropy 7\\.14.*"), r.out());
    }

    @Test
    void koreanComparisonUsesTheKoreanBundle() {
        LabRun r = LabRun.of("compare", LabRun.demoCapture().toString(), "--lang", "ko");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("어디에도 없음"), r.out());
        assertTrue(r.out().contains("RSA로 감싼 AES 키"), r.out());
    }

    @Test
    void aMessageThatWasNeverSentIsNowhere() {
        LabRun r = LabRun.of("compare", LabRun.demoCapture().toString(), "--lang", "en", "--message", "BYE");
        assertTrue(r.out().matches("(?s).*\"BYE\" on the wire\\s+nowhere\\s+nowhere\\n.*"), r.out());
    }

    @Test
    void aFileThatIsNoCaptureGetsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pcap"), "not a capture");
        LabRun r = LabRun.of("compare", junk.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals("error: " + junk + ": not a readable pcap/pcapng file (or a truncated one)", r.err().strip());
    }

    @Test
    void aCaptureWithoutTheKitsPortsIsRejected() throws Exception {
        Path other = Path.of(LabRun.class.getResource("/captures/echo-ipv4.pcap").toURI());
        LabRun r = LabRun.of("compare", other.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: " + other + ": not a capture of the kit"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
