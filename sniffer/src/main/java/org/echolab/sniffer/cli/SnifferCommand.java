package org.echolab.sniffer.cli;

import org.echolab.cli.DebugOption;
import org.echolab.sniffer.lab.CompareCommand;
import org.echolab.sniffer.lab.GradeCommand;
import org.echolab.sniffer.lab.WorksheetCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/** {@code sniffer interfaces|capture|read|flow|report|compare|worksheet|grade}: the top command. */
@Command(name = "sniffer", mixinStandardHelpOptions = true, version = "echo-lab sniffer 0.1.0",
        subcommands = {InterfacesCommand.class, CaptureCommand.class, ReadCommand.class, FlowCommand.class,
            ReportCommand.class, CompareCommand.class, WorksheetCommand.class, GradeCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:usage", "3:no capture permission", "4:libpcap missing"})
final class SnifferCommand implements Runnable {
    @Mixin
    DebugOption debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
