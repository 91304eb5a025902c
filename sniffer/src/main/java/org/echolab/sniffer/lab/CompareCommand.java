package org.echolab.sniffer.lab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sniffer compare CAPTURE}: the plain and the encrypted conversation side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CAPTURE", descriptionKey = "param.capture")
    Path capture;

    @Option(names = "--message", paramLabel = "TEXT", defaultValue = "HELLO", descriptionKey = "option.message")
    String message;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LabCapture c = LabFiles.kitCapture(capture);
        PrintWriter out = spec.commandLine().getOut();
        new Comparison(c, message, LabText.load(lang.lang().locale())).lines(capture.toString()).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
