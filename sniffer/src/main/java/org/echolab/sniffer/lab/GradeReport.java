package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Messages;

/** The student's feedback: one line per question with the explanation, then {@code score: n/m}. Pure. */
final class GradeReport {
    private GradeReport() {
    }

    static List<String> lines(Grading grading, Messages m) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Grading.Mark mark : grading.marks()) {
            n++;
            String no = String.valueOf(n);
            String key = mark.question().key();
            String expected = LabText.value(m, mark.expected());
            if (mark.right()) {
                out.add(m.get("grade.right", no, key, expected));
            } else if (mark.given() == null) {
                out.add(m.get("grade.missing", no, key, expected));
            } else {
                out.add(m.get("grade.wrong", no, key, LabText.value(m, mark.given()), expected));
            }
            String[] args = mark.facts().clone();
            args[0] = expected;
            out.add(m.get("grade.why", m.get("why." + key, (Object[]) args)));
        }
        out.add(score(grading, m));
        return out;
    }

    static String score(Grading grading, Messages m) {
        return m.get("grade.score", String.valueOf(grading.score()), String.valueOf(grading.total()));
    }

    /** One line per problem in the answer file, prefixed with its name. */
    static List<String> problems(AnswerSheet sheet, String answersName, Messages m) {
        List<String> out = new ArrayList<>();
        for (AnswerSheet.Problem p : sheet.problems()) {
            out.add(m.get("answers.problem", answersName, m.get(p.key(), (Object[]) p.args())));
        }
        return out;
    }
}
