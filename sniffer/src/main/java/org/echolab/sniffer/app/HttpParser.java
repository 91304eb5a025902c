package org.echolab.sniffer.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echolab.sniffer.decode.Bytes;

/** Recognises and parses the head (start line + header fields) of an HTTP/1.x message. */
final class HttpParser {
    private static final String[] METHODS = {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "PATCH ",
        "CONNECT ", "TRACE "};
    private static final String STATUS_PREFIX = "HTTP/1.";

    private HttpParser() {
    }

    /** The head of a message, before its body is known. */
    record Head(boolean request, String startLine, String method, String target, String version, int status,
            String reason, List<HttpMessage.Header> headers, int length) {
        /** Body bytes announced by Content-Length; -1 when chunked or unknown. */
        long contentLength() {
            String te = header("Transfer-Encoding");
            if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
                return -1;
            }
            String cl = header("Content-Length");
            if (cl != null) {
                try {
                    return Math.max(0, Long.parseLong(cl.trim()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
            // RFC 9112 §6.3: a request without either has no body; so has a 1xx, 204 or 304 response.
            return request || status / 100 == 1 || status == 204 || status == 304 ? 0 : -2;
        }

        boolean chunked() {
            return contentLength() == -1;
        }

        String header(String name) {
            for (HttpMessage.Header h : headers) {
                if (h.name().equalsIgnoreCase(name)) {
                    return h.value();
                }
            }
            return null;
        }
    }

    /** True when {@code data} starts like a request line (a known method) or a status line. */
    static boolean looksLikeStart(Bytes data) {
        if (startsWith(data, STATUS_PREFIX)) {
            return true;
        }
        for (String m : METHODS) {
            if (startsWith(data, m)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes begin with {@code prefix}'s characters, read as ISO-8859-1 (one byte each). */
    private static boolean startsWith(Bytes data, String prefix) {
        if (data.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data.get(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The offset just past the blank line that ends the head, or -1 when it has not arrived yet. */
    static int headEnd(byte[] data, int length) {
        for (int i = 3; i < length; i++) {
            if (data[i] == '\n' && data[i - 1] == '\r' && data[i - 2] == '\n' && data[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first line of {@code data} without its CRLF, or null while its CRLF has not arrived. */
    static String firstLine(byte[] data) {
        for (int i = 1; i < data.length; i++) {
            if (data[i] == '\n' && data[i - 1] == '\r') {
                return new String(data, 0, i - 1, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    /** Parses the head that ends at {@code end} (as returned by {@link #headEnd}). */
    static Head parse(byte[] data, int end) {
        String text = new String(data, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        String start = lines[0];
        List<HttpMessage.Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new HttpMessage.Header(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()));
            }
        }
        String[] parts = start.split(" ", 3);
        if (start.startsWith(STATUS_PREFIX)) {
            int status = parts.length > 1 ? parseStatus(parts[1]) : 0;
            return new Head(false, start, null, null, parts[0], status, parts.length > 2 ? parts[2] : "", headers, end);
        }
        return new Head(true, start, parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "", 0,
                null, headers, end);
    }

    private static int parseStatus(String s) {
        if (s.length() != 3) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
