package org.echolab.server.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.echolab.server.ServerLog;

/**
 * A tiny HTTP/1.1 server for the web-visit lab, written on plain sockets so the lab controls who
 * closes first: on {@code Connection: close} the server sends the response and closes at once
 * (its FIN goes first, as in the source lab's capture); otherwise it keeps the connection for
 * further requests until the client closes (the client's FIN goes first) or it idles out.
 *
 * <p>Each response is written with one {@code write} (head and body together), so a small page
 * travels in one segment; {@code /big} is larger than a loopback segment and spans several.
 */
public final class LabHttpServer implements AutoCloseable {
    static final int MAX_HEAD = 16 * 1024;
    static final int IDLE_MILLIS = 10_000;

    private final ServerSocket listener;
    private final ServerLog log;
    private final LabSite site = new LabSite();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lab-http");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private LabHttpServer(ServerSocket listener, ServerLog log) {
        this.listener = listener;
        this.log = log;
    }

    public static LabHttpServer start(InetAddress bind, int port, ServerLog log) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(bind, port));
        LabHttpServer server = new LabHttpServer(s, log);
        server.pool.execute(server::acceptLoop);
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                open.add(s);
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.line("web.error", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket s) {
        String peer = s.getRemoteSocketAddress().toString().replaceFirst("^/", "");
        String closedBy = "web.closedBy.client";
        try (s) {
            s.setSoTimeout(IDLE_MILLIS);
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    break;
                }
                String[] lines = head.split("\r\n");
                String[] request = lines[0].split(" ", 3);
                boolean close = wantsClose(lines);
                String path = request.length > 1 ? request[1] : "/";
                discardBody(in, lines);
                LabSite.Page page = site.get(path);
                out.write(response(page, close));
                out.flush();
                log.line("web.request", peer, lines[0], page.status(), page.reason(), page.body().length);
                if (close) {
                    closedBy = "web.closedBy.server";
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            closedBy = "web.closedBy.idle";
        } catch (IOException e) {
            closedBy = "web.closedBy.error";
        } finally {
            open.remove(s);
        }
        log.line("web.closed", peer, log.text(closedBy));
    }

    static byte[] response(LabSite.Page page, boolean close) {
        String head = "HTTP/1.1 " + page.status() + " " + page.reason() + "\r\n"
                + "Server: echo-lab\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + page.body().length + "\r\n"
                + "Connection: " + (close ? "close" : "keep-alive") + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(page.body());
        return b.toByteArray();
    }

    private static boolean wantsClose(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].toLowerCase(Locale.ROOT);
            if (l.startsWith("connection:") && l.contains("close")) {
                return true;
            }
        }
        return lines[0].endsWith("HTTP/1.0");
    }

    private static void discardBody(InputStream in, String[] lines) throws IOException {
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].toLowerCase(Locale.ROOT);
            if (l.startsWith("content-length:")) {
                long n = Long.parseLong(l.substring(15).trim());
                in.skipNBytes(Math.min(n, MAX_HEAD));
            }
        }
    }

    /** The request head up to the blank line, or null when the client closed before sending one. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                if (b.size() == 0) {
                    return null;
                }
                throw new SocketException("connection closed inside a request head");
            }
            b.write(c);
            state = (c == '\r' && state % 2 == 0) || (c == '\n' && state % 2 == 1) ? state + 1 : c == '\r' ? 1 : 0;
            if (b.size() > MAX_HEAD) {
                throw new SocketException("request head longer than " + MAX_HEAD + " bytes");
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1).trim();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        pool.shutdownNow();
    }
}
