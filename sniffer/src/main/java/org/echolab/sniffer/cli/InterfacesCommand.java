package org.echolab.sniffer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.InterfaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sniffer interfaces}: the capture devices, loopback marked, like {@code termshark -D}. */
@Command(name = "interfaces", mixinStandardHelpOptions = true)
final class InterfacesCommand implements Callable<Integer> {
    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = Messages.load(SnifferMain.BUNDLE, lang.lang().locale());
        PrintWriter out = spec.commandLine().getOut();
        for (InterfaceInfo i : Captures.interfaces()) {
            String marks = (i.loopback() ? m.get("interfaces.loopback") : "")
                    + (i.up() ? "" : m.get("interfaces.down"));
            String desc = i.description().isEmpty() ? "" : " (" + i.description() + ")";
            String addrs = i.addresses().isEmpty() ? "" : "  " + String.join(", ", i.addresses());
            out.println(i.index() + ". " + i.name() + desc + marks + addrs);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
