package org.echolab.sniffer.lab;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import org.echolab.cli.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sniffer grade CAPTURE ANSWERS}: scores a student's answers against the student's capture;
 * {@code sniffer grade --batch DIR [-o grades.csv]}: the same for one folder per student.
 */
@Command(name = "grade", mixinStandardHelpOptions = true)
public final class GradeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CAPTURE", descriptionKey = "param.capture")
    Path capture;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ANSWERS", descriptionKey = "param.answers")
    Path answers;

    @Option(names = "--batch", paramLabel = "DIR", descriptionKey = "option.batch")
    Path batch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", descriptionKey = "option.gradesOut")
    Path output;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = LabText.load(lang.lang().locale());
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null && capture == null) {
            return batch(m, out);
        }
        if (batch != null || capture == null || answers == null || output != null) {
            throw new UserException(ExitCodes.USAGE, "lab.error.gradeArgs");
        }
        LabCapture c = LabFiles.kitCapture(capture);
        AnswerSheet sheet = AnswerSheet.parse(LabFiles.readLines(answers));
        if (!sheet.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            GradeReport.problems(sheet, answers.toString(), m).forEach(err::println);
            err.flush();
            throw new UserException("lab.error.malformedAnswers", answers, String.valueOf(sheet.problems().size()));
        }
        GradeReport.lines(Grading.of(c, sheet), m).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private int batch(Messages m, PrintWriter out) {
        if (!Files.isDirectory(batch)) {
            throw new UserException("lab.error.notFolder", batch);
        }
        List<BatchGrader.Row> rows = BatchGrader.grade(batch, m);
        BatchGrader.table(rows, m).forEach(out::println);
        if (output != null) {
            LabFiles.write(output, BatchGrader.csv(rows, m));
            out.println(m.get("batch.wrote", output));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
