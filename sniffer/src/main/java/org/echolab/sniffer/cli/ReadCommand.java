package org.echolab.sniffer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.sniffer.capture.Captures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sniffer read FILE}: the same analysis for a pcap or pcapng file. */
@Command(name = "read", mixinStandardHelpOptions = true)
final class ReadCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = {"-f", "--filter"}, paramLabel = "BPF", descriptionKey = "option.filter")
    String filter;

    @Option(names = {"-c", "--count"}, paramLabel = "COUNT", defaultValue = "0", descriptionKey = "option.count")
    long count;

    @Mixin
    DisplayOptions display;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new SnifferRun(Captures.openFile(file, filter), display, false)
                .run(spec.commandLine().getOut(), spec.commandLine().getErr(), count, 0);
    }
}
