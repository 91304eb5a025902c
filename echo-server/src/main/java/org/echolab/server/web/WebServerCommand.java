package org.echolab.server.web;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.server.ServerLog;
import org.echolab.server.ServerRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code echo-server web}: the web-visit lab's HTTP server and DNS responder on loopback. */
@Command(name = "web", mixinStandardHelpOptions = true)
public final class WebServerCommand implements Callable<Integer> {
    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "option.httpPort")
    int httpPort;

    @Option(names = "--dns-port", paramLabel = "PORT", defaultValue = "5353", descriptionKey = "option.dnsPort")
    int dnsPort;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "option.bind")
    InetAddress bind;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws InterruptedException {
        ServerLog log = ServerLog.stdout(lang.lang().locale());
        return ServerRunner.runUntilInterrupted(() -> {
            WebLab lab = WebLab.start(bind, httpPort, dnsPort, log);
            log.line("web.listening", bind.getHostAddress(), lab.httpPort(), lab.dnsPort(), LabDnsResponder.DOMAIN);
            return lab;
        }, httpPort, log);
    }
}
