package org.echolab.server.web;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import org.echolab.protocol.LabDns;
import org.echolab.protocol.ProtocolException;
import org.echolab.server.ServerLog;

/**
 * A tiny authoritative DNS responder over UDP for the lab's one domain: A queries for it get two
 * A records (127.0.0.1 and 127.0.0.2, TTL {@value #TTL} s), other types for it an empty NOERROR
 * answer, every other name NXDOMAIN. It never recurses (RA=0), unlike a real resolver.
 */
public final class LabDnsResponder implements AutoCloseable {
    public static final String DOMAIN = "lab.echo";
    public static final long TTL = 600;
    static final List<InetAddress> ADDRESSES = List.of(InetAddress.getLoopbackAddress(), loopback2());
    private static final int MAX_UDP = 512;

    private final DatagramSocket socket;
    private final ServerLog log;
    private final Thread thread;

    private LabDnsResponder(DatagramSocket socket, ServerLog log) {
        this.socket = socket;
        this.log = log;
        this.thread = new Thread(this::loop, "lab-dns");
        thread.setDaemon(true);
    }

    public static LabDnsResponder start(InetAddress bind, int port, ServerLog log) throws IOException {
        // No SO_REUSEADDR: two responders on one UDP port would split the queries between them.
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(bind, port));
        LabDnsResponder r = new LabDnsResponder(s, log);
        r.thread.start();
        return r;
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void loop() {
        byte[] buf = new byte[MAX_UDP];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
                answer(in);
            } catch (ProtocolException e) {
                log.line("dns.malformed", in.getSocketAddress().toString().replaceFirst("^/", ""),
                        e.describe(Locale.getDefault()));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    log.line("web.error", e.getMessage());
                }
            }
        }
    }

    private void answer(DatagramPacket in) throws IOException {
        byte[] query = java.util.Arrays.copyOf(in.getData(), in.getLength());
        LabDns.Question q = LabDns.question(query, query.length);
        boolean ours = q.name().equalsIgnoreCase(DOMAIN);
        List<InetAddress> addresses = ours && q.type() == LabDns.TYPE_A ? ADDRESSES : List.of();
        byte[] reply = LabDns.answer(query, q, ours, addresses, TTL);
        socket.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
        log.line(ours ? "dns.answered" : "dns.nxdomain", in.getSocketAddress().toString().replaceFirst("^/", ""),
                String.format("0x%04x", q.id()), q.name(), addresses.size());
    }

    private static InetAddress loopback2() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
