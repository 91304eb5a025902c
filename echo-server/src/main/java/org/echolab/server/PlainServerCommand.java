package org.echolab.server;

import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.protocol.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code echo-server plain}: echoes raw bytes as they arrive (port 12321). */
@Command(name = "plain", mixinStandardHelpOptions = true)
final class PlainServerCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + Wire.PLAIN_PORT, descriptionKey = "option.port")
    int port;

    @Mixin
    ServerOptions options;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws InterruptedException {
        ServerLog log = ServerLog.stdout(lang.lang().locale());
        return ServerRunner.runUntilInterrupted(() -> PlainEchoServer.start(options.config(port), log), port, log);
    }
}
