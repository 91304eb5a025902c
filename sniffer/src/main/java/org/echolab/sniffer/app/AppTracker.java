package org.echolab.sniffer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;

/**
 * The application-layer pass of a capture: DNS over UDP and TCP (ports {@link #DNS_PORTS}) and
 * HTTP/1.x over TCP on any port. One tracker per capture, fed frames in capture order; it pairs
 * DNS queries with responses and HTTP requests with responses, and reassembles HTTP messages.
 */
public final class AppTracker {
    /** 53 is DNS; 5353 (mDNS's port) is where the kit's lab responder listens without root. */
    public static final Set<Integer> DNS_PORTS = Set.of(53, 5353);
    private static final int MAX_OPEN_QUERIES = 10_000;

    private final HttpTracker http = new HttpTracker();
    private final Map<String, long[]> openQueries = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_OPEN_QUERIES;
        }
    };

    /** The application layer of {@code p}, or null when it carries none the kit decodes. */
    public AppLayer track(Packet p, TcpAnalysis tcp) {
        if (p.isMalformed() || p.ip() == null) {
            return null;
        }
        if (p.transport() instanceof Transport.Udp u && isDns(u.srcPort(), u.dstPort()) && !u.payload().isEmpty()) {
            return dns(p, DnsParser.parse(u.payload().toArray(), false), u.srcPort(), u.dstPort());
        }
        if (p.transport() instanceof Transport.Tcp t && tcp != null) {
            if (isDns(t.srcPort(), t.dstPort())) {
                byte[] d = t.payload().toArray();
                // One whole length-prefixed message per segment; DNS messages split across segments are left as TCP.
                if (d.length > 2 && ((d[0] & 0xff) << 8 | (d[1] & 0xff)) == d.length - 2) {
                    byte[] m = new byte[d.length - 2];
                    System.arraycopy(d, 2, m, 0, m.length);
                    return dns(p, DnsParser.parse(m, true), t.srcPort(), t.dstPort());
                }
                return null;
            }
            return http.track(p.number(), p.timestampNanos(), t, tcp);
        }
        return null;
    }

    /** Forgets the HTTP state of TCP stream {@code stream}, which the analyzer has released. */
    public void conversationReleased(int stream) {
        http.release(stream);
    }

    private static boolean isDns(int src, int dst) {
        return DNS_PORTS.contains(src) || DNS_PORTS.contains(dst);
    }

    private AppLayer dns(Packet p, DnsMessage m, int srcPort, int dstPort) {
        if (m.id() < 0) {
            return new AppLayer.Dns(m, 0, -1);
        }
        String client = m.isResponse() ? p.ip().dst() + ":" + dstPort : p.ip().src() + ":" + srcPort;
        String server = m.isResponse() ? p.ip().src() + ":" + srcPort : p.ip().dst() + ":" + dstPort;
        String key = client + ">" + server + "#" + m.id();
        if (!m.isResponse()) {
            openQueries.put(key, new long[] {p.number(), p.timestampNanos()});
            return new AppLayer.Dns(m, 0, -1);
        }
        long[] q = openQueries.remove(key);
        return new AppLayer.Dns(m, q != null ? q[0] : 0, q != null ? p.timestampNanos() - q[1] : -1);
    }
}
