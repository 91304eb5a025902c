package org.echolab.sniffer.app;

import java.util.List;

/** The Protocol and Info columns of frames that carry DNS or HTTP, worded as tshark 4.0 prints them. */
public final class AppColumns {
    /** What tshark appends to a segment whose bytes belong to a message completed later. */
    static final String SEGMENT_SUFFIX = " [TCP segment of a reassembled PDU]";
    private static final String CONTINUATION = "Continuation";
    private static final String MALFORMED = "[Malformed Packet]";

    private AppColumns() {
    }

    /** The Protocol column: the application's name, or {@code transport} when there is none. */
    public static String protocol(AppLayer app, String transport) {
        return app == null ? transport : app.protocol();
    }

    /**
     * The Info column: the application's text, or {@code transportInfo} (the TCP or UDP text)
     * when there is none or, for a segment of an unfinished HTTP head, with tshark's suffix.
     */
    public static String info(AppLayer app, String transportInfo) {
        if (app instanceof AppLayer.Dns d) {
            return dns(d.message());
        }
        if (app instanceof AppLayer.Http h) {
            HttpMessage m = h.message();
            String type = m.request() ? null : m.mediaType();
            // tshark writes the start line plus a space, then " (type)": hence the two spaces.
            return m.startLine() + " " + (type != null ? " (" + type + ")" : "");
        }
        if (app instanceof AppLayer.HttpContinuation) {
            return CONTINUATION;
        }
        if (app instanceof AppLayer.HttpPart part) {
            return (part.startLine() != null ? part.startLine() + " " : transportInfo) + SEGMENT_SUFFIX;
        }
        return transportInfo;
    }

    static String dns(DnsMessage m) {
        StringBuilder sb = new StringBuilder(DnsTypes.opcode(m.opcode()));
        if (m.isResponse()) {
            sb.append(" response");
        }
        if (m.id() >= 0) {
            sb.append(String.format(" 0x%04x", m.id()));
        }
        if (m.isResponse() && m.rcode() != 0) {
            sb.append(' ').append(DnsTypes.rcode(m.rcode()));
        }
        for (DnsMessage.DnsQuestion q : m.questions()) {
            sb.append(' ').append(DnsTypes.type(q.type())).append(' ').append(q.name());
        }
        for (List<DnsMessage.DnsRecord> section : List.of(m.answers(), m.authorities(), m.additionals())) {
            for (DnsMessage.DnsRecord r : section) {
                sb.append(' ').append(r.infoValue());
            }
        }
        if (m.cutRecordType() >= 0) {
            sb.append(' ').append(DnsTypes.type(m.cutRecordType()));
        }
        if (m.isCutShort()) {
            sb.append(MALFORMED);
        }
        return sb.toString();
    }
}
