package org.echolab.sniffer.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.echolab.cli.Messages;
import org.echolab.cli.UserException;

/**
 * Instructor mode: grades every student folder (a capture and {@code answers.txt}) under one
 * directory. A broken submission becomes a flagged row, never an error for the whole batch.
 */
final class BatchGrader {
    /** Why a submission was or was not graded; the id goes into the CSV. */
    enum Status {
        OK, NO_CAPTURE, NO_ANSWERS, BAD_CAPTURE, NOT_KIT, MALFORMED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One student; score and total are -1 when the submission was not graded. */
    record Row(String student, Status status, int score, int total, String detail) {
    }

    private BatchGrader() {
    }

    static List<Row> grade(Path dir, Messages m) {
        List<Row> rows = new ArrayList<>();
        for (Path student : list(dir)) {
            if (Files.isDirectory(student)) {
                rows.add(gradeOne(student, m));
            }
        }
        return rows;
    }

    static Row gradeOne(Path folder, Messages m) {
        String name = folder.getFileName().toString();
        Path capture = list(folder).stream().filter(BatchGrader::isCaptureName).findFirst().orElse(null);
        Path answers = folder.resolve(WorksheetCommand.ANSWERS);
        if (capture == null) {
            return new Row(name, Status.NO_CAPTURE, -1, -1, "");
        }
        if (!Files.isRegularFile(answers)) {
            return new Row(name, Status.NO_ANSWERS, -1, -1, "");
        }
        LabCapture c;
        try {
            c = LabCapture.read(capture);
        } catch (UserException e) {
            return new Row(name, Status.BAD_CAPTURE, -1, -1, capture.getFileName().toString());
        }
        if (!c.isKitCapture()) {
            return new Row(name, Status.NOT_KIT, -1, -1, capture.getFileName().toString());
        }
        AnswerSheet sheet;
        try {
            sheet = AnswerSheet.parse(Files.readAllLines(answers));
        } catch (IOException e) {
            return new Row(name, Status.MALFORMED, -1, -1, String.valueOf(e.getMessage()));
        }
        if (!sheet.problems().isEmpty()) {
            AnswerSheet.Problem p = sheet.problems().get(0);
            return new Row(name, Status.MALFORMED, -1, -1, m.get(p.key(), (Object[]) p.args()));
        }
        Grading g = Grading.of(c, sheet);
        return new Row(name, Status.OK, g.score(), g.total(), "");
    }

    /** The instructor's table: one line per student, then the summary. */
    static List<String> table(List<Row> rows, Messages m) {
        int width = rows.stream().mapToInt(r -> LabText.width(r.student())).max().orElse(0);
        List<String> out = new ArrayList<>();
        int graded = 0;
        double sum = 0;
        for (Row r : rows) {
            String score = r.status() == Status.OK ? r.score() + "/" + r.total() : "-";
            out.add(m.get("batch.row", LabText.pad(r.student(), width), LabText.pad(score, 6),
                    m.get("batch.status." + r.status().id())));
            if (r.status() == Status.OK) {
                graded++;
                sum += r.total() == 0 ? 0 : (double) r.score() / r.total();
            }
        }
        String mean = graded == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * sum / graded);
        out.add(m.get("batch.summary", String.valueOf(rows.size()), String.valueOf(graded),
                String.valueOf(rows.size() - graded), mean));
        return out;
    }

    /** {@code student,status,score,total,note}, RFC 4180 quoting. */
    static List<String> csv(List<Row> rows, Messages m) {
        List<String> out = new ArrayList<>();
        out.add("student,status,score,total,note");
        for (Row r : rows) {
            boolean ok = r.status() == Status.OK;
            String note = ok ? "" : m.get("batch.status." + r.status().id())
                    + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
            out.add(String.join(",", quote(r.student()), r.status().id(), ok ? String.valueOf(r.score()) : "",
                    ok ? String.valueOf(r.total()) : "", quote(note)));
        }
        return out;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static boolean isCaptureName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".pcap") || n.endsWith(".pcapng") || n.endsWith(".cap"));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UserException("lab.error.unreadable", dir, String.valueOf(e.getMessage()));
        }
    }
}
