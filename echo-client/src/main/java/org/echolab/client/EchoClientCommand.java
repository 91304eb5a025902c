package org.echolab.client;

import java.io.InputStream;
import org.echolab.cli.LangOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import org.echolab.client.web.WebClientCommand;

/** {@code echo-client}: the top command; the work happens in {@code plain} and {@code secure}. */
@Command(name = "echo-client", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {PlainClientCommand.class, SecureClientCommand.class, WebClientCommand.class, HelpCommand.class})
final class EchoClientCommand {
    @Mixin
    LangOption lang;

    private final InputStream stdin;

    /** @param stdin where interactive mode reads its lines (tests pass their own) */
    EchoClientCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }
}
