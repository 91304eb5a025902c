package org.echolab.client;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import org.echolab.protocol.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code echo-client plain}: raw bytes to the plain server and back (port 12321). */
@Command(name = "plain", mixinStandardHelpOptions = true)
final class PlainClientCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + Wire.PLAIN_PORT, descriptionKey = "option.port")
    int port;

    @Mixin
    ClientOptions options;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @ParentCommand
    EchoClientCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ClientSettings settings = options.settings(port, lang.lang().locale());
        Messages messages = Messages.load(EchoClientMain.BUNDLE, settings.locale());
        try (PlainEchoClient client = PlainEchoClient.connect(settings)) {
            return Conversation.run(client, options.message, parent.stdin(),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), messages, settings.address());
        }
    }
}
