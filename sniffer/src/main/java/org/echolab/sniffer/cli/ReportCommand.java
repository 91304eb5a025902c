package org.echolab.sniffer.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import org.echolab.cli.UserException;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.report.ReportInput;
import org.echolab.sniffer.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sniffer report FILE -o report.html}: the offline HTML report of a capture. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "HTML", required = true, descriptionKey = "option.output")
    Path output;

    @Mixin
    DebugOption debug;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        DissectorOptions defaults = DissectorOptions.defaults();
        // Full payloads: the comparison measures every byte, and the hex view shows them all.
        CaptureLoad capture = CaptureLoad.read(file, new DissectorOptions(defaults.kitPorts(), true));
        ReportInput input = new ReportInput(String.valueOf(file.getFileName()), capture.packets(),
                capture.conversations(), capture.summaries(), defaults.kitPorts());
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            new ReportWriter(lang.lang().locale()).write(w, input);
        } catch (IOException e) {
            throw new UserException("capture.error.cannotWrite", output, e.getMessage());
        }
        return ExitCodes.OK;
    }
}
