package org.echolab.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.cli.UserException;
import org.echolab.protocol.EchoLabHome;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code echo-server secure}: RSA key transport then AES-GCM records (port 12345). */
@Command(name = "secure", mixinStandardHelpOptions = true)
final class SecureServerCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + Wire.SECURE_PORT, descriptionKey = "option.port")
    int port;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "option.key")
    Path keyFile;

    @Mixin
    ServerOptions options;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws InterruptedException {
        ServerLog log = ServerLog.stdout(lang.lang().locale());
        Path file = keyFile != null ? keyFile : EchoLabHome.serverKey();
        ServerKeys keys;
        try {
            keys = ServerKeys.loadOrCreate(file);
        } catch (IOException e) {
            throw new UserException("server.error.key", file, log.reason(e));
        }
        log.line(keys.created() ? "server.key.created" : "server.key.loaded",
                keys.privateKeyFile(), keys.publicKeyFile());
        log.line("server.key.fingerprint", Fingerprint.of(keys.keys().getPublic()));
        return ServerRunner.runUntilInterrupted(
                () -> SecureEchoServer.start(options.config(port), keys.keys(), log), port, log);
    }
}
