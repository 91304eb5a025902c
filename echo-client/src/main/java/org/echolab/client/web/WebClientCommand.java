package org.echolab.client.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.Callable;
import org.echolab.cli.DebugOption;
import org.echolab.cli.LangOption;
import org.echolab.cli.Messages;
import org.echolab.cli.UserException;
import org.echolab.client.EchoClientMain;
import org.echolab.protocol.LabDns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code echo-client web URL [--dns HOST:PORT] [--close]}: the web-visit lab's browser. It asks
 * the DNS responder for the host's A records itself (so the query shows up in the capture), then
 * fetches the page over HTTP/1.1, keep-alive (the client closes first) or with
 * {@code Connection: close} (the server closes first).
 */
@Command(name = "web", mixinStandardHelpOptions = true)
public final class WebClientCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", descriptionKey = "option.url")
    String url;

    @Option(names = "--dns", paramLabel = "HOST:PORT", descriptionKey = "option.dns")
    String dns;

    @Option(names = "--close", descriptionKey = "option.close")
    boolean close;

    @Mixin
    LangOption lang;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages m = Messages.load(EchoClientMain.BUNDLE, lang.lang().locale());
        PrintWriter out = spec.commandLine().getOut();
        URI uri = parse(url);
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        InetAddress target;
        if (dns != null) {
            List<LabDns.Address> found = LabResolver.resolve(host, server(dns));
            if (found.isEmpty()) {
                throw new UserException("web.error.nxdomain", host, dns);
            }
            for (LabDns.Address a : found) {
                out.println(m.get("web.resolved", host, a.address().getHostAddress(), Long.toString(a.ttl()), dns));
            }
            target = found.get(0).address();
        } else {
            target = InetAddress.getByName(host);
        }
        out.println(m.get("web.connecting", target.getHostAddress(), Integer.toString(port)));
        LabHttpClient.Result r = LabHttpClient.fetch(new InetSocketAddress(target, port), host, port, path, close);
        out.println(m.get("web.response", r.statusLine(), r.contentType() == null ? "-" : r.contentType(),
                Long.toString(r.bodyLength())));
        out.println(m.get(r.serverClosedFirst() ? "web.closed.server" : "web.closed.client"));
        out.flush();
        return r.status() / 100 == 2 ? 0 : 1;
    }

    private static URI parse(String text) {
        try {
            URI u = new URI(text);
            if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw new UserException("web.error.url", text);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new UserException("web.error.url", text);
        }
    }

    private static InetSocketAddress server(String text) {
        int colon = text.lastIndexOf(':');
        try {
            if (colon > 0) {
                return new InetSocketAddress(InetAddress.getByName(text.substring(0, colon)),
                        Integer.parseInt(text.substring(colon + 1)));
            }
            return new InetSocketAddress(InetAddress.getByName(text), 53);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException("web.error.dnsServer", text);
        }
    }
}
