package org.echolab.sniffer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGradeTest {
    @Test
    void aFolderWithBrokenSubmissionsIsGradedAndFlagged(@TempDir Path dir) throws Exception {
        Path demo = LabRun.demoCapture();
        Path other = Path.of(LabRun.class.getResource("/captures/echo-ipv4.pcap").toURI());
        student(dir, "kim", demo, WorksheetGradeTest.RIGHT);
        student(dir, "lee", demo, List.of("plain.hello_length: 5", "plain.first_fin: server"));
        student(dir, "park", null, List.of("plain.hello_length: 5"));
        Files.writeString(Files.createDirectories(dir.resolve("choi")).resolve("capture.pcap"), "garbage");
        Files.writeString(dir.resolve("choi/answers.txt"), "plain.hello_length: 5\n");
        student(dir, "jung", other, List.of("plain.hello_length: 5"));
        student(dir, "kang", demo, List.of("plain.hello_length five"));
        Path csv = dir.resolve("grades.csv");
        LabRun r = LabRun.of("grade", "--batch", dir.toString(), "-o", csv.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "student,status,score,total,note",
                "choi,bad_capture,,,not a readable pcap/pcapng file (capture.pcap)",
                "jung,not_kit,,,not a kit capture (no 3-way handshake on port 12321 or 12345) (capture.pcap)",
                "kang,malformed,,,\"malformed answers (line 1: expected \"\"key: value\"\", found \"\"plain.hello_length five\"\")\"",
                "kim,ok,12,12,",
                "lee,ok,1,12,",
                "park,no_capture,,,no capture file (.pcap/.pcapng) in the folder"), Files.readAllLines(csv));
        assertTrue(r.out().contains("6 submissions: 2 graded, 4 flagged; mean score 54%"), r.out());
        assertTrue(r.out().matches("(?s).*kim\\s+12/12\\s+graded.*"), r.out());
    }

    @Test
    void batchOnSomethingThatIsNoFolderFails(@TempDir Path dir) {
        LabRun r = LabRun.of("grade", "--batch", dir.resolve("none").toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.err().strip().endsWith("none: not a folder"), r.err());
    }

    private static void student(Path dir, String name, Path capture, List<String> answers) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        if (capture != null) {
            Files.copy(capture, folder.resolve("capture.pcap"));
        }
        Files.write(folder.resolve("answers.txt"), answers);
    }
}
