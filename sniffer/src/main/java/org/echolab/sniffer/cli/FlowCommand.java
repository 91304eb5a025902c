package org.echolab.sniffer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import org.echolab.cli.UserException;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.flow.FlowDiagram;
import org.echolab.sniffer.flow.FlowDiagrams;
import org.echolab.sniffer.flow.FlowTexts;
import org.echolab.sniffer.flow.SvgFlow;
import org.echolab.sniffer.flow.TextFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sniffer flow FILE}: a ladder diagram per TCP conversation, in the terminal and as SVG. */
@Command(name = "flow", mixinStandardHelpOptions = true)
final class FlowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--stream", paramLabel = "N", descriptionKey = "option.stream")
    Integer stream;

    @Option(names = "--svg", paramLabel = "FILE", descriptionKey = "option.svg")
    Path svg;

    @Option(names = "--ascii", descriptionKey = "option.ascii")
    boolean ascii;

    @Mixin
    DebugOption debug;

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FlowTexts texts = FlowTexts.load(lang.lang().locale());
        CaptureLoad capture = CaptureLoad.read(file, DissectorOptions.defaults());
        List<FlowDiagram> diagrams = new FlowDiagrams(texts).build(capture.packets());
        if (stream != null) {
            diagrams = diagrams.stream().filter(d -> d.stream() == stream).toList();
            if (diagrams.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, "flow.error.noStream", stream.toString(), file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (diagrams.isEmpty()) {
            out.println(texts.flow().get("flow.none"));
        }
        TextFlow text = new TextFlow(texts, ascii);
        for (int i = 0; i < diagrams.size(); i++) {
            if (i > 0) {
                out.println();
            }
            text.write(out, diagrams.get(i));
        }
        out.flush();
        if (svg != null) {
            writeSvg(texts, diagrams);
        }
        return ExitCodes.OK;
    }

    private void writeSvg(FlowTexts texts, List<FlowDiagram> diagrams) {
        try (OutputStream os = Files.newOutputStream(svg)) {
            new SvgFlow(texts).write(os, diagrams);
        } catch (IOException e) {
            throw new UserException("capture.error.cannotWrite", svg, e.getMessage());
        }
    }
}
