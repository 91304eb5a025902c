package org.echolab.sniffer.app;

import java.util.List;
import java.util.Locale;
import org.echolab.sniffer.decode.Bytes;

/**
 * One HTTP/1.x message (RFC 9112): the start line, the header fields and the body, reassembled
 * from every TCP segment it spanned.
 *
 * <pre>
 * request:  GET / HTTP/1.1\r\n          response: HTTP/1.1 200 OK\r\n
 *           Host: lab.echo\r\n                    Content-Type: text/html\r\n
 *           \r\n                                  Content-Length: 88\r\n
 *                                                 \r\n
 *                                                 &lt;html&gt;… (88 bytes)
 * </pre>
 *
 * @param startLine the first line without its CRLF
 * @param status the status code of a response, 0 for a request
 * @param headerLength bytes of start line and header fields, blank line included
 * @param body the first bytes of the body (at most {@link HttpTracker#MAX_BODY_KEPT})
 * @param bodyLength the whole body's length in bytes
 * @param frames the frames the message was reassembled from, in order
 */
public record HttpMessage(boolean request, String startLine, String method, String target, String version, int status,
        String reason, List<Header> headers, int headerLength, Bytes body, long bodyLength, List<Long> frames) {
    public HttpMessage {
        headers = List.copyOf(headers);
        frames = List.copyOf(frames);
    }

    /** A header field as it appeared; names compare case-insensitively. */
    public record Header(String name, String value) {
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** The media type without parameters ("text/html" of "text/html; charset=utf-8"), or null. */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null) {
            return null;
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim();
    }

    /** True when a Connection header lists {@code close}. */
    public boolean asksToClose() {
        String c = header("Connection");
        return c != null && c.toLowerCase(Locale.ROOT).contains("close");
    }
}
