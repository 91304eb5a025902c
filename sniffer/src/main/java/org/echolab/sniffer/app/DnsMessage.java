package org.echolab.sniffer.app;

import java.util.List;

/**
 * One decoded DNS message (RFC 1035 §4.1). {@code problem} is null for a well-formed message;
 * otherwise it names what broke and the sections hold what was read before it.
 *
 * <pre>
 *  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15
 * +--+-----------+--+--+--+--+--+--+--+-----------+
 * |        ID (transaction ID)                    |
 * +--+-----------+--+--+--+--+--+--+--+-----------+
 * |QR|  Opcode   |AA|TC|RD|RA| Z|AD|CD|   RCODE   |
 * +--+-----------+--+--+--+--+--+--+--+-----------+
 * | QDCOUNT | ANCOUNT | NSCOUNT | ARCOUNT  (16 bits each)
 * </pre>
 *
 * @param overTcp true when the message came with TCP's 2-byte length prefix
 * @param cutRecordType the type of a record whose data was cut short (tshark names it in Info
 *     before giving up), or -1
 */
public record DnsMessage(int id, int flags, int questionCount, int answerCount, int authorityCount,
        int additionalCount, List<DnsQuestion> questions, List<DnsRecord> answers, List<DnsRecord> authorities,
        List<DnsRecord> additionals, String problem, boolean overTcp, int cutRecordType) {
    public static final int QR = 0x8000;
    public static final int AA = 0x0400;
    public static final int TC = 0x0200;
    public static final int RD = 0x0100;
    public static final int RA = 0x0080;
    public static final int Z = 0x0040;
    public static final int AD = 0x0020;
    public static final int CD = 0x0010;

    public DnsMessage {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authorities = List.copyOf(authorities);
        additionals = List.copyOf(additionals);
    }

    public boolean isResponse() {
        return (flags & QR) != 0;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public int opcode() {
        return (flags >> 11) & 0xf;
    }

    public int rcode() {
        return flags & 0xf;
    }

    public boolean isMalformed() {
        return problem != null;
    }

    /** True when a broken rule stopped parsing (a pointer loop does not: the name is marked and parsing goes on). */
    public boolean isCutShort() {
        return problem != null && !problem.startsWith(DnsParser.LOOP_PROBLEM);
    }

    /** A question: name, type and class. */
    public record DnsQuestion(String name, int type, int dnsClass) {
    }

    /**
     * A resource record. {@code value} is the RDATA as text ("120.50.132.112", "mail.lab.echo"),
     * {@code infoValue} how tshark's Info column shows it ("A 120.50.132.112", "MX 10 mail", "TXT").
     */
    public record DnsRecord(String name, int type, int dnsClass, long ttl, int dataLength, String value,
            String infoValue) {
    }
}
