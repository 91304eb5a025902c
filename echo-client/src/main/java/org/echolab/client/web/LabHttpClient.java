package org.echolab.client.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.echolab.cli.UserException;

/**
 * One HTTP/1.1 GET on a fresh connection. Keep-alive: the client reads the response by its
 * Content-Length and then closes, so its FIN goes first. {@code Connection: close}: the client
 * waits for the server's FIN (end of stream) before closing.
 */
final class LabHttpClient {
    static final int TIMEOUT_MILLIS = 5000;
    static final int MAX_HEAD = 16 * 1024;

    private LabHttpClient() {
    }

    record Result(String statusLine, int status, String contentType, long bodyLength, boolean serverClosedFirst) {
    }

    static Result fetch(InetSocketAddress address, String host, int port, String path, boolean close) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(address, TIMEOUT_MILLIS);
            s.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + host + (port == 80 ? "" : ":" + port) + "\r\n"
                    + "User-Agent: echo-lab\r\n"
                    + "Accept: text/html\r\n"
                    + "Connection: " + (close ? "close" : "keep-alive") + "\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(s.getInputStream());
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            String[] status = lines[0].split(" ", 3);
            long length = -1;
            String type = null;
            for (String l : lines) {
                String lower = l.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(l.substring(15).trim());
                } else if (lower.startsWith("content-type:")) {
                    type = l.substring(13).trim();
                }
            }
            long body = drain(in, length >= 0 ? length : Long.MAX_VALUE);
            boolean serverFirst = false;
            if (close || length < 0) {
                serverFirst = in.read() < 0;
            }
            int code = status.length > 1 && status[1].matches("\\d{3}") ? Integer.parseInt(status[1]) : 0;
            return new Result(lines[0], code, type, length >= 0 ? length : body, serverFirst);
        } catch (java.net.ConnectException e) {
            throw new UserException("web.error.connect", address.getAddress().getHostAddress() + ":" + address.getPort());
        }
    }

    /** Reads and drops up to {@code wanted} bytes (fewer at end of stream); returns how many. */
    private static long drain(InputStream in, long wanted) throws IOException {
        long n = 0;
        byte[] buf = new byte[8192];
        int r;
        while (n < wanted && (r = in.read(buf, 0, (int) Math.min(buf.length, wanted - n))) > 0) {
            n += r;
        }
        return n;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int c = in.read();
            if (c < 0 || b.size() > MAX_HEAD) {
                throw new UserException("web.error.response");
            }
            b.write(c);
            last4 = last4 << 8 | c;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
