package org.echolab.sniffer.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.sniffer.DissectorOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The display options {@code capture} and {@code read} share. */
final class DisplayOptions {
    enum Format { text, detail, jsonl }

    @Option(names = "--format", paramLabel = "text|detail|jsonl", defaultValue = "text",
            descriptionKey = "option.format")
    Format format;

    @Option(names = "--full", descriptionKey = "option.full")
    boolean full;

    @Option(names = "--ports", split = ",", paramLabel = "PORT[,PORT]", defaultValue = "12321,12345",
            descriptionKey = "option.ports")
    List<Integer> ports;

    @Mixin
    DebugOption debug;

    @Mixin
    LangOption lang;

    DissectorOptions dissectorOptions() {
        Set<Integer> p = new LinkedHashSet<>(ports);
        return new DissectorOptions(p, full);
    }
}
