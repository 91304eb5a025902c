package org.echolab.sniffer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.echolab.cli.Messages;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.LiveCapture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sniffer capture}: live capture, by default on loopback for the kit's two ports. */
@Command(name = "capture", mixinStandardHelpOptions = true)
final class CaptureCommand implements Callable<Integer> {
    @Option(names = {"-i", "--interface"}, paramLabel = "IFACE", descriptionKey = "option.interface")
    String iface;

    @Option(names = {"-f", "--filter"}, paramLabel = "BPF", descriptionKey = "option.filter")
    String filter;

    @Option(names = {"-w", "--write"}, paramLabel = "FILE.pcap", descriptionKey = "option.write")
    Path writeTo;

    @Option(names = {"-c", "--count"}, paramLabel = "COUNT", defaultValue = "0", descriptionKey = "option.count")
    long count;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0", descriptionKey = "option.seconds")
    long seconds;

    @Mixin
    DisplayOptions display;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String device = iface != null ? iface : Captures.defaultLoopback();
        String bpf = filter != null ? filter : portFilter(display.ports);
        LiveCapture source = Captures.openLive(device, bpf, writeTo);
        Messages m = Messages.load(SnifferMain.BUNDLE, display.lang.lang().locale());
        spec.commandLine().getErr().println(writeTo == null
                ? m.get("capture.started", device, bpf)
                : m.get("capture.startedWriting", device, bpf, writeTo));
        return new SnifferRun(source, display, false)
                .run(spec.commandLine().getOut(), spec.commandLine().getErr(), count, seconds);
    }

    /** {@code tcp port 12321 or tcp port 12345}. */
    static String portFilter(List<Integer> ports) {
        return ports.stream().map(p -> "tcp port " + p).collect(Collectors.joining(" or "));
    }
}
