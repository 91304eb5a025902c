package org.echolab.sniffer.lab;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sniffer worksheet CAPTURE [-o worksheet.md]}: questions about the student's own capture.
 * With {@code -o} the answer template is written beside it as {@code answers.txt}, unless that
 * file exists already (it may hold the student's answers).
 */
@Command(name = "worksheet", mixinStandardHelpOptions = true)
public final class WorksheetCommand implements Callable<Integer> {
    static final String ANSWERS = "answers.txt";

    @Parameters(index = "0", paramLabel = "CAPTURE", descriptionKey = "param.capture")
    Path capture;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.md", descriptionKey = "option.worksheetOut")
    Path output;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LabCapture c = LabFiles.kitCapture(capture);
        Messages m = LabText.load(lang.lang().locale());
        Worksheet sheet = new Worksheet(c, m);
        String name = capture.getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            sheet.markdown(name, ANSWERS).forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        Path dir = output.toAbsolutePath().getParent();
        Path answers = dir.resolve(ANSWERS);
        LabFiles.write(output, sheet.markdown(name, ANSWERS));
        if (Files.exists(answers)) {
            out.println(m.get("ws.kept", output, answers));
        } else {
            LabFiles.write(answers, sheet.template(name, ANSWERS));
            out.println(m.get("ws.wrote", output, answers));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
