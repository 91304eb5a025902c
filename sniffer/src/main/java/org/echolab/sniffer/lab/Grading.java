package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores an {@link AnswerSheet} against a {@link LabCapture}: pure, so tests grade without files.
 *
 * @param marks one per question the capture can answer, in worksheet order
 */
record Grading(List<Mark> marks) {

    /**
     * @param given the student's canonical answer, null when not answered
     * @param facts the expected answer first, then the feedback arguments
     */
    record Mark(Question question, String given, String[] facts) {
        String expected() {
            return facts[0];
        }

        boolean right() {
            return expected().equals(given);
        }
    }

    Grading {
        marks = List.copyOf(marks);
    }

    static Grading of(LabCapture capture, AnswerSheet sheet) {
        List<Mark> marks = new ArrayList<>();
        for (Question q : Question.applicable(capture)) {
            marks.add(new Mark(q, sheet.answers().get(q), q.facts(capture)));
        }
        return new Grading(marks);
    }

    int score() {
        return (int) marks.stream().filter(Mark::right).count();
    }

    int total() {
        return marks.size();
    }
}
