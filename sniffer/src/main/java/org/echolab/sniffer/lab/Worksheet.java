package org.echolab.sniffer.lab;

import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Messages;

/** A worksheet in Markdown, personalised to one capture, and its answer file template. Pure. */
final class Worksheet {
    private final LabCapture capture;
    private final Messages m;

    Worksheet(LabCapture capture, Messages m) {
        this.capture = capture;
        this.m = m;
    }

    List<String> markdown(String captureName, String answersName) {
        List<String> out = new ArrayList<>();
        out.add(m.get("ws.title", captureName));
        out.add("");
        out.add(m.get("ws.intro", captureName, String.valueOf(capture.frames()), answersName));
        List<Question> questions = Question.applicable(capture);
        int n = 0;
        for (boolean plain : new boolean[] {true, false}) {
            String section = plain ? "plain" : "secure";
            out.add("");
            out.add(m.get("ws.section." + section));
            out.add("");
            if ((plain ? capture.plain() : capture.secure()) == null) {
                out.add(m.get("ws.missing." + section));
                continue;
            }
            for (Question q : questions) {
                if (q.key().startsWith(section + ".")) {
                    n++;
                    out.add(m.get("ws.question", String.valueOf(n), m.get("q." + q.key(), (Object[]) q.facts(capture)),
                            q.key()));
                }
            }
        }
        out.add("");
        out.add(m.get("ws.template.heading", answersName));
        out.add("");
        out.add("```");
        out.addAll(template(captureName, answersName));
        out.add("```");
        return out;
    }

    List<String> template(String captureName, String answersName) {
        return AnswerSheet.template(Question.applicable(capture), m.get("ws.template.header", captureName, answersName));
    }
}
