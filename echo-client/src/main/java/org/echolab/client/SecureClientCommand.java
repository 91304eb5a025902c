package org.echolab.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import org.echolab.protocol.EchoLabHome;
import org.echolab.protocol.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code echo-client secure}: checks the server key, then AES-GCM records (port 12345). */
@Command(name = "secure", mixinStandardHelpOptions = true)
final class SecureClientCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + Wire.SECURE_PORT, descriptionKey = "option.port")
    int port;

    @Option(names = "--server-key", paramLabel = "FILE|SHA256:...", descriptionKey = "option.serverKey")
    String serverKey;

    @Option(names = "--known-servers", paramLabel = "FILE", descriptionKey = "option.knownServers")
    Path knownServers;

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
        PrintWriter err = spec.commandLine().getErr();
        ServerKeyCheck check = serverKey != null ? PinnedKey.parse(serverKey)
                : new KnownServers(knownServers != null ? knownServers : EchoLabHome.knownServers());
        ServerKeyCheck.Notices notices = (key, args) -> {
            err.println(messages.get(key, args));
            err.flush();
        };
        try (SecureEchoClient client = SecureEchoClient.connect(settings, check, notices)) {
            return Conversation.run(client, options.message, parent.stdin(),
                    spec.commandLine().getOut(), err, messages, settings.address());
        }
    }
}
