package org.echolab.server;

import org.echolab.cli.LangOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import org.echolab.server.web.WebServerCommand;

/** {@code echo-server}: the top command; the work happens in {@code plain}, {@code secure} and {@code web}. */
@Command(name = "echo-server", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {PlainServerCommand.class, SecureServerCommand.class, WebServerCommand.class, HelpCommand.class})
final class EchoServerCommand {
    @Mixin
    LangOption lang;
}
