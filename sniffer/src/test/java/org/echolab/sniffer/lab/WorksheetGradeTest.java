package org.echolab.sniffer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** worksheet → answers → grade on the demo capture, whose facts tshark shows the same way. */
class WorksheetGradeTest {
    /** The demo capture's answers, read off with tshark -T fields (tcp.srcport, tcp.seq_raw, tcp.ack_raw, tcp.len). */
    static final List<String> RIGHT = List.of(
            "plain.client_port: 49504",
            "plain.client_isn: 2713209993",
            "plain.server_isn: 1100294094",
            "plain.synack_ack: 2713209994",
            "plain.hello_length: 5",
            "plain.first_fin: client",
            "plain.teardown_packets: 3",
            "plain.window_update: no",
            "secure.client_port: 46188",
            "secure.public_key_bytes: 300",
            "secure.wrapped_key_bytes: 256",
            "secure.hello_record_bytes: 37");

    @Test
    void worksheetAsksAboutTheStudentsOwnFramesAndWritesATemplate(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("worksheet.md");
        LabRun r = LabRun.of("worksheet", LabRun.demoCapture().toString(), "-o", ws.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(ws);
        assertTrue(md.contains("Frame 1 is the client's SYN"), md);
        assertTrue(md.contains("the SYN-ACK (frame 2)"), md);
        assertTrue(md.contains("Answer key: `secure.hello_record_bytes`"), md);
        List<String> template = Files.readAllLines(dir.resolve("answers.txt"));
        assertEquals(RIGHT.stream().map(l -> l.substring(0, l.indexOf(':') + 2)).toList(),
                template.stream().filter(l -> !l.startsWith("#")).toList());
    }

    @Test
    void worksheetKeepsAnExistingAnswerFile(@TempDir Path dir) throws Exception {
        Path answers = Files.writeString(dir.resolve("answers.txt"), "plain.hello_length: 5\n");
        LabRun r = LabRun.of("worksheet", LabRun.demoCapture().toString(), "-o", dir.resolve("w.md").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("plain.hello_length: 5\n", Files.readString(answers));
    }

    @Test
    void allRightScoresTwelveOfTwelve(@TempDir Path dir) throws Exception {
        LabRun r = grade(dir, RIGHT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("score: 12/12"), r.out());
        assertTrue(r.out().contains("2713209994 = the client's ISN 2713209993 + 1"), r.out());
    }

    @Test
    void wrongAndMissingAnswersAreExplained(@TempDir Path dir) throws Exception {
        List<String> some = List.of("# my answers", "", "plain.client_port: 49504", "plain.synack_ack: 1100294095",
                "plain.first_fin: 서버", "plain.window_update:   NO  ", "secure.wrapped_key_bytes: 256");
        LabRun r = grade(dir, some);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("✘ 4. plain.synack_ack: you wrote 1100294095, your capture says 2713209994"), r.out());
        assertTrue(r.out().contains("✘ 6. plain.first_fin: you wrote server, your capture says client"), r.out());
        assertTrue(r.out().contains("– 2. plain.client_isn: not answered; your capture says 2713209993"), r.out());
        assertTrue(r.out().strip().endsWith("score: 3/12"), r.out());
    }

    @Test
    void koreanFeedbackTranslatesSidesAndKeepsTheScoreLine(@TempDir Path dir) throws Exception {
        LabRun r = grade(dir, List.of("plain.first_fin: client"), "--lang", "ko");
        assertTrue(r.out().contains("✔ 6. plain.first_fin: 클라이언트"), r.out());
        assertTrue(r.out().strip().endsWith("score: 1/12"), r.out());
    }

    @Test
    void malformedAnswersGetOneLinePerProblemWithLineNumbers(@TempDir Path dir) throws Exception {
        LabRun r = grade(dir, List.of("plain.client_port 49504", "plain.isn: 1", "plain.hello_length: five",
                "plain.first_fin: maybe", "plain.window_update: yes", "plain.window_update: no"));
        assertEquals(1, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(6, lines.size(), r.err());
        assertTrue(lines.get(0).endsWith("answers.txt: line 1: expected \"key: value\", found \"plain.client_port 49504\""));
        assertTrue(lines.get(1).endsWith("line 2: unknown question \"plain.isn\" (the worksheet lists the keys)"));
        assertTrue(lines.get(2).endsWith("line 3: plain.hello_length needs a whole number, not \"five\""));
        assertTrue(lines.get(3).endsWith("line 4: plain.first_fin needs client or server, not \"maybe\""));
        assertTrue(lines.get(4).endsWith("line 6: \"plain.window_update\" is answered twice (first on line 5)"));
        assertTrue(lines.get(5).startsWith("error: ") && lines.get(5).contains("5 problem(s)"), lines.get(5));
    }

    @Test
    void missingAnswerFileAndBadArgumentsAreOneLineErrors(@TempDir Path dir) {
        LabRun missing = LabRun.of("grade", LabRun.demoCapture().toString(), dir.resolve("nope.txt").toString(),
                "--lang", "en");
        assertEquals(1, missing.code());
        assertTrue(missing.err().strip().endsWith("nope.txt: no such file"), missing.err());
        LabRun usage = LabRun.of("grade", LabRun.demoCapture().toString(), "--lang", "en");
        assertEquals(2, usage.code());
        assertEquals(1, usage.err().strip().lines().count(), usage.err());
    }

    private static LabRun grade(Path dir, List<String> answers, String... more) throws Exception {
        Path file = dir.resolve("answers.txt");
        Files.write(file, answers, StandardCharsets.UTF_8);
        String[] args = {"grade", LabRun.demoCapture().toString(), file.toString(), "--lang", "en"};
        if (more.length > 0) {
            args = new String[] {"grade", LabRun.demoCapture().toString(), file.toString(), more[0], more[1]};
        }
        return LabRun.of(args);
    }
}
