package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's answers: {@code key: value} lines, {@code #} comments and blank lines ignored, an
 * empty value meaning "not answered". Parsing never throws; every bad line becomes a
 * {@link Problem} with its line number.
 *
 * @param answers question → canonical value (see {@link Question#normalize})
 */
record AnswerSheet(Map<Question, String> answers, List<Problem> problems) {

    /** One bad line: a {@code Lab} bundle key and its arguments, the line number first. */
    record Problem(String key, String... args) {
    }

    AnswerSheet {
        answers = Map.copyOf(answers);
        problems = List.copyOf(problems);
    }

    static AnswerSheet parse(List<String> lines) {
        Map<Question, String> answers = new LinkedHashMap<>();
        Map<Question, Integer> seenOn = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String n = String.valueOf(i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                problems.add(new Problem("answers.noColon", n, line));
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            Question q = Question.byKey(key);
            if (q == null) {
                problems.add(new Problem("answers.unknownKey", n, key));
                continue;
            }
            if (seenOn.containsKey(q)) {
                problems.add(new Problem("answers.duplicate", n, key, String.valueOf(seenOn.get(q))));
                continue;
            }
            seenOn.put(q, i + 1);
            if (value.isEmpty()) {
                continue;
            }
            String canonical = q.normalize(value);
            if (canonical == null) {
                problems.add(new Problem("answers.badValue." + q.kind().name().toLowerCase(java.util.Locale.ROOT),
                        n, key, value));
                continue;
            }
            answers.put(q, canonical);
        }
        return new AnswerSheet(answers, problems);
    }

    /** The answer file for a worksheet: a comment header and one empty {@code key:} line per question. */
    static List<String> template(List<Question> questions, String header) {
        List<String> out = new ArrayList<>();
        for (String h : header.split("\n")) {
            out.add("# " + h);
        }
        for (Question q : questions) {
            out.add(q.key() + ": ");
        }
        return out;
    }
}
