package org.echolab.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The lab's tiny web site: {@code /} and {@code /about} (HTML resources beside this class) and
 * {@code /big}, a page of about 100 KB that no loopback segment can hold, so the sniffer has to
 * reassemble the response from several TCP segments.
 */
final class LabSite {
    static final int BIG_SIZE = 100_000;
    private final byte[] index = resource("index.html");
    private final byte[] about = resource("about.html");
    private final byte[] notFound = resource("404.html");
    private final byte[] big = big(index);

    /** A page and its status. */
    record Page(int status, String reason, byte[] body) {
    }

    Page get(String path) {
        return switch (path) {
            case "/", "/index.html" -> new Page(200, "OK", index);
            case "/about" -> new Page(200, "OK", about);
            case "/big" -> new Page(200, "OK", big);
            default -> new Page(404, "Not Found", notFound);
        };
    }

    private static byte[] big(byte[] unit) {
        byte[] out = new byte[BIG_SIZE];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit[i % unit.length];
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = LabSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + LabSite.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ascii(byte[] b, int length) {
        return new String(b, 0, length, StandardCharsets.ISO_8859_1);
    }
}
