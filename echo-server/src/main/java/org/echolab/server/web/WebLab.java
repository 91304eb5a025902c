package org.echolab.server.web;

import java.io.IOException;
import java.net.InetAddress;
import org.echolab.server.ServerLog;

/** The lab's HTTP server and DNS responder, started and closed together (tests use port 0). */
public final class WebLab implements AutoCloseable {
    private final LabHttpServer http;
    private final LabDnsResponder dns;

    private WebLab(LabHttpServer http, LabDnsResponder dns) {
        this.http = http;
        this.dns = dns;
    }

    public static WebLab start(InetAddress bind, int httpPort, int dnsPort, ServerLog log) throws IOException {
        LabHttpServer http = LabHttpServer.start(bind, httpPort, log);
        try {
            return new WebLab(http, LabDnsResponder.start(bind, dnsPort, log));
        } catch (IOException e) {
            http.close();
            throw e;
        }
    }

    public int httpPort() {
        return http.port();
    }

    public int dnsPort() {
        return dns.port();
    }

    @Override
    public void close() throws IOException {
        dns.close();
        http.close();
    }
}
