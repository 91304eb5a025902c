package org.echolab.sniffer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.testing.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted DNS and HTTP conversations, well-formed and malformed, dissected by the kit and by
 * tshark 4.0: the Protocol and Info columns must agree on every frame.
 */
class AppTsharkCraftedTest {
    private static final byte[] BODY = "<html>".concat("x".repeat(3000)).concat("</html>").getBytes();

    static RawFrames conversation() {
        RawFrames f = new RawFrames();
        f.udp(true, 52828, 53, hex(DnsParserTest.NATE_QUERY));
        f.udp(false, 52828, 53, hex(DnsParserTest.NATE_RESPONSE));
        f.udp(true, 52829, 53, hex("0bad 0100 0001 0000 0000 0000 c00c 0001 0001"));
        f.udp(true, 52830, 53, hex("0bae 0100 0001 0000 0000 0000 03616263 c0ff 0001 0001"));
        f.udp(false, 52831, 53, hex(DnsParserTest.NATE_RESPONSE.substring(0, DnsParserTest.NATE_RESPONSE.length() - 6)));
        f.udp(true, 52832, 53, hex("2b06 0100 0000 0000 0000 0000"));
        // HTTP: request in one segment, response head alone, then the body in two segments
        f.handshake(50825, 80);
        f.tcp(true, 50825, 80, RawFrames.PSH | RawFrames.ACK, "GET / HTTP/1.1\r\nHost: nate.com\r\nConnection: Keep-Alive\r\n\r\n");
        f.tcp(false, 50825, 80, RawFrames.ACK, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + BODY.length + "\r\nConnection: close\r\n\r\n");
        f.tcp(false, 50825, 80, RawFrames.ACK, java.util.Arrays.copyOfRange(BODY, 0, 1000));
        f.tcp(false, 50825, 80, RawFrames.PSH | RawFrames.ACK, java.util.Arrays.copyOfRange(BODY, 1000, BODY.length));
        f.tcp(false, 50825, 80, RawFrames.FIN | RawFrames.ACK, new byte[0]);
        f.tcp(true, 50825, 80, RawFrames.FIN | RawFrames.ACK, new byte[0]);
        // a head split in the middle, a header-only 204, then garbage on port 80
        f.handshake(50826, 80);
        f.tcp(true, 50826, 80, RawFrames.ACK, "GET /about HTTP/1.1\r\nHo");
        f.tcp(true, 50826, 80, RawFrames.PSH | RawFrames.ACK, "st: nate.com\r\n\r\n");
        f.tcp(false, 50826, 80, RawFrames.PSH | RawFrames.ACK, "HTTP/1.1 204 No Content\r\n\r\n");
        f.tcp(true, 50826, 80, RawFrames.PSH | RawFrames.ACK, "\u0001\u0002garbage\r\n\r\n");
        // a response head split in two, then its body
        f.handshake(50827, 80);
        f.tcp(true, 50827, 80, RawFrames.PSH | RawFrames.ACK, "GET /big HTTP/1.1\r\nHost: nate.com\r\n\r\n");
        f.tcp(false, 50827, 80, RawFrames.ACK, "HTTP/1.1 200 OK\r\nContent-Le");
        f.tcp(false, 50827, 80, RawFrames.ACK, "ngth: 10\r\nContent-Type: text/plain\r\n\r\n");
        f.tcp(false, 50827, 80, RawFrames.PSH | RawFrames.ACK, "0123456789");
        // DNS over TCP: each message after a 2-byte length
        f.handshake(50828, 53);
        f.tcp(true, 50828, 53, RawFrames.PSH | RawFrames.ACK, lengthPrefixed(DnsParserTest.NATE_QUERY));
        f.tcp(false, 50828, 53, RawFrames.PSH | RawFrames.ACK, lengthPrefixed(DnsParserTest.NATE_RESPONSE));
        return f;
    }

    @Test
    void protocolAndInfoColumnsMatchTshark(@TempDir Path dir) throws Exception {
        RawFrames f = conversation();
        Path file = dir.resolve("crafted.pcap");
        f.writePcap(file);
        List<String[]> theirs = Tshark.fieldsDecodingAs(file, List.of("frame.number", "_ws.col.Protocol", "_ws.col.Info"),
                List.of());
        List<Dissection> ours = f.dissect();
        assertEquals(theirs.size(), ours.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            String mine = ours.get(i).protocol() + " | " + ours.get(i).info();
            String tshark = theirs.get(i)[1] + " | " + theirs.get(i)[2];
            if (!mine.equals(tshark)) {
                mismatches.add("frame " + (i + 1) + ": tshark '" + tshark + "', ours '" + mine + "'");
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void responsesPairWithTheirRequestsAndTheBodyIsReassembled() {
        List<Dissection> d = conversation().dissect();
        AppLayer.Dns response = assertInstanceOf(AppLayer.Dns.class, d.get(1).app());
        assertEquals(1, response.requestFrame());
        assertEquals(1_000_000, response.responseNanos());
        AppLayer.Http get = assertInstanceOf(AppLayer.Http.class, d.get(9).app());
        assertEquals("GET", get.message().method());
        assertInstanceOf(AppLayer.HttpPart.class, d.get(10).app());
        assertInstanceOf(AppLayer.HttpPart.class, d.get(11).app());
        AppLayer.Http ok = assertInstanceOf(AppLayer.Http.class, d.get(12).app());
        assertEquals(200, ok.message().status());
        assertEquals(10, ok.requestFrame());
        assertEquals(BODY.length, ok.message().bodyLength());
        assertEquals(List.of(11L, 12L, 13L), ok.message().frames());
        assertTrue(ok.message().asksToClose());
        AppLayer.Http noContent = assertInstanceOf(AppLayer.Http.class, d.get(20).app());
        assertEquals(204, noContent.message().status());
        assertEquals(20, noContent.requestFrame());
        assertInstanceOf(AppLayer.HttpContinuation.class, d.get(21).app(), "garbage on port 80 is a continuation");
        AppLayer.Dns overTcp = assertInstanceOf(AppLayer.Dns.class, d.get(d.size() - 1).app());
        assertTrue(overTcp.message().overTcp());
        assertEquals(d.size() - 1, overTcp.requestFrame());
    }

    private static byte[] lengthPrefixed(String hex) {
        byte[] m = hex(hex);
        byte[] out = new byte[m.length + 2];
        out[0] = (byte) (m.length >> 8);
        out[1] = (byte) m.length;
        System.arraycopy(m, 0, out, 2, m.length);
        return out;
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }
}
