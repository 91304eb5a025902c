package org.echolab.client.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.echolab.client.EchoClientMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The web client's bad-input paths: one line on stderr, a non-zero exit, no stack trace. */
@Timeout(20)
class WebClientCommandTest {
    @Test
    void aUrlThatIsNotHttpIsRejectedInOneLine() {
        Run r = run("web", "ftp://lab.echo/", "--lang", "en");
        assertNotEquals(0, r.code);
        assertTrue(r.err.contains("not an http:// URL"), r.err);
        assertTrue(r.err.strip().lines().count() == 1 && !r.err.contains("Exception"), r.err);
    }

    @Test
    void aBadDnsServerAddressIsRejected() {
        Run r = run("web", "http://lab.echo:8080/", "--dns", "127.0.0.1:notaport", "--lang", "en");
        assertNotEquals(0, r.code);
        assertTrue(r.err.contains("not a DNS server address"), r.err);
    }

    @Test
    void nobodyListeningOnTheHttpPortIsOneLine() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        Run r = run("web", "http://127.0.0.1:" + free + "/", "--lang", "en");
        assertEquals(1, r.code);
        assertTrue(r.err.contains("cannot connect to 127.0.0.1:" + free), r.err);
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(EchoClientMain.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
