package org.echolab.protocol;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The little DNS (RFC 1035) the web-visit lab needs: build a query for A records, read its
 * question, build an answer with uncompressed-question + pointer-compressed A records, and read
 * the A records back. The sniffer has the full dissector; this is only the lab's client and
 * responder side.
 *
 * <pre>
 * header (12 bytes): ID | flags | QDCOUNT | ANCOUNT | NSCOUNT | ARCOUNT   (16 bits each)
 * question:          name (labels) | type (16) | class (16)
 * answer (A):        0xC00C (pointer to the question's name) | type 1 | class 1 | TTL (32) | 4 | address
 * </pre>
 */
public final class LabDns {
    public static final int TYPE_A = 1;
    public static final int CLASS_IN = 1;
    public static final int FLAG_QR = 0x8000;
    public static final int FLAG_AA = 0x0400;
    public static final int FLAG_RD = 0x0100;
    public static final int RCODE_NXDOMAIN = 3;
    /** Offset of the question's name: right after the header, where answers point to it. */
    private static final int NAME_POINTER = 0xc00c;
    private static final int HEADER = 12;

    private LabDns() {
    }

    /** A parsed question, with the query's ID and flags. */
    public record Question(int id, int flags, String name, int type, int end) {
    }

    /** An A record of an answer. */
    public record Address(InetAddress address, long ttl) {
    }

    /** A standard query with RD=1 for the A records of {@code name}. */
    public static byte[] query(int id, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u16(out, id);
        u16(out, FLAG_RD);
        u16(out, 1);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0);
        name(out, name);
        u16(out, TYPE_A);
        u16(out, CLASS_IN);
        return out.toByteArray();
    }

    /** Reads the first question of a query; throws {@link ProtocolException} on anything malformed. */
    public static Question question(byte[] m, int length) throws ProtocolException {
        if (length < HEADER || u16(m, 4) < 1) {
            throw new ProtocolException("protocol.dns.truncated", HEADER, length);
        }
        StringBuilder sb = new StringBuilder();
        int pos = HEADER;
        while (true) {
            if (pos >= length) {
                throw new ProtocolException("protocol.dns.truncated", pos, length);
            }
            int len = m[pos] & 0xff;
            if (len == 0) {
                pos++;
                break;
            }
            if (len > 63 || pos + 1 + len > length) {
                throw new ProtocolException("protocol.dns.badLabel", len, pos);
            }
            sb.append(sb.length() == 0 ? "" : ".").append(new String(m, pos + 1, len, StandardCharsets.US_ASCII));
            pos += 1 + len;
        }
        if (pos + 4 > length) {
            throw new ProtocolException("protocol.dns.truncated", pos, length);
        }
        return new Question(u16(m, 0), u16(m, 2), sb.toString(), u16(m, pos), pos + 4);
    }

    /**
     * The response to {@code q} (whose raw bytes are {@code query}): AA=1, RD copied, RA=0 (the lab
     * responder does not recurse), and one A record per address, or NXDOMAIN when {@code found} is false.
     */
    public static byte[] answer(byte[] query, Question q, boolean found, List<InetAddress> addresses, long ttl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u16(out, q.id());
        u16(out, FLAG_QR | FLAG_AA | (q.flags() & FLAG_RD) | (found ? 0 : RCODE_NXDOMAIN));
        u16(out, 1);
        u16(out, found ? addresses.size() : 0);
        u16(out, 0);
        u16(out, 0);
        out.write(query, HEADER, q.end() - HEADER);
        if (found) {
            for (InetAddress a : addresses) {
                u16(out, NAME_POINTER);
                u16(out, TYPE_A);
                u16(out, CLASS_IN);
                u16(out, (int) (ttl >>> 16));
                u16(out, (int) ttl & 0xffff);
                u16(out, 4);
                out.writeBytes(a.getAddress());
            }
        }
        return out.toByteArray();
    }

    /** The rcode of a response. */
    public static int rcode(byte[] m) {
        return m.length >= 4 ? m[3] & 0x0f : -1;
    }

    /** The A records of a response to a one-question query; other records are skipped. */
    public static List<Address> addresses(byte[] m, int length) throws ProtocolException {
        Question q = question(m, length);
        int answers = u16(m, 6);
        List<Address> out = new ArrayList<>();
        int pos = q.end();
        for (int i = 0; i < answers; i++) {
            pos = skipName(m, pos, length);
            if (pos + 10 > length) {
                throw new ProtocolException("protocol.dns.truncated", pos, length);
            }
            int type = u16(m, pos);
            long ttl = ((long) u16(m, pos + 4) << 16) | u16(m, pos + 6);
            int rdlen = u16(m, pos + 8);
            pos += 10;
            if (pos + rdlen > length) {
                throw new ProtocolException("protocol.dns.truncated", pos, length);
            }
            if (type == TYPE_A && rdlen == 4) {
                byte[] a = new byte[4];
                System.arraycopy(m, pos, a, 0, 4);
                try {
                    out.add(new Address(InetAddress.getByAddress(a), ttl));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("4 bytes are always an IPv4 address", e);
                }
            }
            pos += rdlen;
        }
        return out;
    }

    private static int skipName(byte[] m, int pos, int length) throws ProtocolException {
        while (pos < length) {
            int len = m[pos] & 0xff;
            if (len == 0) {
                return pos + 1;
            }
            if ((len & 0xc0) == 0xc0) {
                return pos + 2;
            }
            pos += 1 + len;
        }
        throw new ProtocolException("protocol.dns.truncated", pos, length);
    }

    private static void name(ByteArrayOutputStream out, String name) {
        for (String label : name.split("\\.")) {
            byte[] b = label.getBytes(StandardCharsets.US_ASCII);
            if (b.length == 0 || b.length > 63) {
                throw new IllegalArgumentException("DNS label must be 1..63 bytes: '" + label + "' in " + name);
            }
            out.write(b.length);
            out.writeBytes(b);
        }
        out.write(0);
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8 & 0xff);
        out.write(v & 0xff);
    }

    private static int u16(byte[] m, int at) {
        return (m[at] & 0xff) << 8 | (m[at + 1] & 0xff);
    }
}
