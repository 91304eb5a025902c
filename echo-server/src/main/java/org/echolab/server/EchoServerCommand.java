package org.echolab.server;

import org.echolab.cli.LangOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/** {@code echo-server}: the top command; the work happens in {@code plain} and {@code secure}. */
@Command(name = "echo-server", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {PlainServerCommand.class, SecureServerCommand.class, HelpCommand.class})
final class EchoServerCommand {
    @Mixin
    LangOption lang;
}
