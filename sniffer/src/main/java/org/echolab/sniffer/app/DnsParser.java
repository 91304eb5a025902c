package org.echolab.sniffer.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echolab.sniffer.decode.NetAddress;

/**
 * Parses a DNS message from bytes. Never throws: a message that breaks a rule comes back with
 * {@link DnsMessage#problem()} set and the records read before the break.
 *
 * <p>Names may be compressed (RFC 1035 §4.1.4): a byte {@code 11xxxxxx} starts a 14-bit pointer to
 * an earlier name in the same message. A pointer past the end of the message is malformed; a
 * pointer chain that comes back to an offset it already visited is a loop and, as in Wireshark,
 * the name becomes {@value #LOOP_NAME} while parsing goes on. Every read is bounded by the
 * message length, so no input can hang or overrun the parser.
 */
public final class DnsParser {
    public static final String LOOP_NAME = "<Name contains a pointer that loops>";
    static final String LOOP_PROBLEM = "compression pointer loop";
    static final int HEADER_SIZE = 12;
    private static final int MAX_NAME = 255;
    private static final int RR_FIXED = 10;

    private final byte[] d;
    private final int end;
    private String problem;
    private int cutRecordType = -1;

    private DnsParser(byte[] message) {
        this.d = message;
        this.end = message.length;
    }

    /** Parses one message; {@code overTcp} only records how it travelled (the prefix is already gone). */
    public static DnsMessage parse(byte[] message, boolean overTcp) {
        return new DnsParser(message).run(overTcp);
    }

    private DnsMessage run(boolean overTcp) {
        if (end < HEADER_SIZE) {
            return new DnsMessage(end >= 2 ? u16(0) : -1, end >= 4 ? u16(2) : 0, 0, 0, 0, 0, List.of(), List.of(),
                    List.of(), List.of(), "header: " + end + " bytes < 12", overTcp, -1);
        }
        int[] counts = {u16(4), u16(6), u16(8), u16(10)};
        List<DnsMessage.DnsQuestion> questions = new ArrayList<>();
        List<List<DnsMessage.DnsRecord>> sections = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int pos = HEADER_SIZE;
        try {
            for (int i = 0; i < counts[0]; i++) {
                Name n = name(pos);
                need(n.next, 4, "question");
                questions.add(new DnsMessage.DnsQuestion(n.text, u16(n.next), u16(n.next + 2)));
                pos = n.next + 4;
            }
            for (int s = 0; s < 3; s++) {
                for (int i = 0; i < counts[s + 1]; i++) {
                    pos = record(pos, sections.get(s));
                }
            }
        } catch (FormatError e) {
            problem = e.getMessage();
        }
        return new DnsMessage(u16(0), u16(2), counts[0], counts[1], counts[2], counts[3], questions, sections.get(0),
                sections.get(1), sections.get(2), problem, overTcp, cutRecordType);
    }

    private int record(int pos, List<DnsMessage.DnsRecord> out) throws FormatError {
        Name n = name(pos);
        int p = n.next;
        need(p, RR_FIXED, "resource record");
        int type = u16(p);
        int cls = u16(p + 2);
        long ttl = ((long) u16(p + 4) << 16) | u16(p + 6);
        int length = u16(p + 8);
        int data = p + RR_FIXED;
        cutRecordType = type;
        need(data, length, "RDATA of " + DnsTypes.type(type) + " (" + length + " bytes)");
        String[] value = rdata(type, data, length);
        cutRecordType = -1;
        out.add(new DnsMessage.DnsRecord(n.text, type, cls, ttl, length, value[0], value[1]));
        return data + length;
    }

    /** The RDATA as {value, Info column text}. */
    private String[] rdata(int type, int at, int length) throws FormatError {
        String t = DnsTypes.type(type);
        switch (type) {
            case DnsTypes.A, DnsTypes.AAAA -> {
                if (length != (type == DnsTypes.A ? 4 : 16)) {
                    throw new FormatError("address of " + length + " bytes in " + t);
                }
                String addr = address(at, length);
                return new String[] {addr, t + " " + addr};
            }
            case DnsTypes.NS, DnsTypes.CNAME, DnsTypes.PTR -> {
                String target = name(at).text;
                return new String[] {target, t + " " + target};
            }
            case DnsTypes.MX -> {
                need(at, 2, "MX preference");
                String exchange = name(at + 2).text;
                return new String[] {u16(at) + " " + exchange, t + " " + u16(at) + " " + exchange};
            }
            case DnsTypes.SOA -> {
                Name mname = name(at);
                Name rname = name(mname.next);
                need(rname.next, 20, "SOA serial and timers");
                return new String[] {mname.text + " " + rname.text + " serial " + u32(rname.next), t + " " + mname.text};
            }
            case DnsTypes.TXT -> {
                return new String[] {characterStrings(at, at + length), t};
            }
            default -> {
                return new String[] {length + " bytes", t};
            }
        }
    }

    private Name name(int start) throws FormatError {
        StringBuilder sb = new StringBuilder();
        Set<Integer> visited = new HashSet<>();
        int pos = start;
        int next = -1;
        while (true) {
            need(pos, 1, "name");
            int len = d[pos] & 0xff;
            if (len == 0) {
                return new Name(sb.length() == 0 ? "<Root>" : sb.toString(), next < 0 ? pos + 1 : next);
            }
            if ((len & 0xc0) == 0xc0) {
                need(pos, 2, "compression pointer");
                int target = ((len & 0x3f) << 8) | (d[pos + 1] & 0xff);
                if (next < 0) {
                    next = pos + 2;
                }
                if (target >= end) {
                    throw new FormatError("compression pointer to offset " + target + " past the end (" + end + ")");
                }
                if (!visited.add(target)) {
                    if (problem == null) {
                        problem = LOOP_PROBLEM + " at offset " + pos;
                    }
                    return new Name(LOOP_NAME, next);
                }
                pos = target;
                continue;
            }
            if ((len & 0xc0) != 0) {
                throw new FormatError("label type 0x" + Integer.toHexString(len & 0xc0) + " at offset " + pos);
            }
            need(pos + 1, len, "label");
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(text(pos + 1, pos + 1 + len));
            if (sb.length() > MAX_NAME) {
                throw new FormatError("name longer than 255 characters");
            }
            pos += 1 + len;
        }
    }

    /** TXT data: one or more length-prefixed character-strings (RFC 1035 §3.3.14), joined by spaces. */
    private String characterStrings(int from, int to) throws FormatError {
        StringBuilder sb = new StringBuilder();
        int pos = from;
        while (pos < to) {
            int len = d[pos] & 0xff;
            if (pos + 1 + len > to) {
                throw new FormatError("TXT string of " + len + " bytes overruns its record at offset " + pos);
            }
            sb.append(sb.length() == 0 ? "" : " ").append(text(pos + 1, pos + 1 + len));
            pos += 1 + len;
        }
        return sb.toString();
    }

    private String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            int c = d[i] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\%03d", c));
            }
        }
        return sb.toString();
    }

    private String address(int at, int length) {
        return NetAddress.of(d, at, length).toString();
    }

    private void need(int at, int count, String what) throws FormatError {
        if (at + count > end) {
            throw new FormatError(what + " truncated at offset " + at + " (needs " + count + " bytes, message has "
                    + end + ")");
        }
    }

    private int u16(int at) {
        return ((d[at] & 0xff) << 8) | (d[at + 1] & 0xff);
    }

    private long u32(int at) {
        return ((long) u16(at) << 16) | u16(at + 2);
    }

    private record Name(String text, int next) {
    }

    /** A broken rule; caught in {@link #run} and kept as the message's problem. */
    private static final class FormatError extends Exception {
        private static final long serialVersionUID = 1L;

        FormatError(String message) {
            super(message, null, false, false);
        }
    }
}
