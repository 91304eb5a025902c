package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echolab.client.EchoClientMain;
import org.echolab.server.ServerLog;
import org.echolab.server.web.WebLab;
import org.echolab.sniffer.testing.CaptureAccess;
import org.echolab.sniffer.testing.Tshark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-visit lab end to end: the kit's DNS responder and HTTP server on loopback, the kit's
 * client resolving lab.echo and fetching pages (keep-alive, Connection: close, a 100 KB page that
 * spans several segments), captured live by the sniffer with -w, then compared frame by frame
 * with tshark (told that UDP 5353 is DNS and the server's port is HTTP).
 */
@Timeout(120)
class WebLabCaptureTest {
    private static final int DNS_PORT = 5353;
    private static final String[] FIELDS = {"frame.number", "_ws.col.Protocol", "_ws.col.Info", "dns.id", "dns.flags",
        "dns.count.answers", "dns.a", "dns.response_to", "http.request.method", "http.response.code",
        "http.request_in"};
    private static String loopback;

    @BeforeAll
    static void requireCapture() {
        loopback = CaptureAccess.requireLoopbackCapture();
    }

    @Test
    void dnsHandshakeGetOkAndTeardownMatchTshark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("web-lab.pcap");
        try (WebLab lab = WebLab.start(InetAddress.getLoopbackAddress(), 0, DNS_PORT, ServerLog.discard())) {
            int http = lab.httpPort();
            String url = "http://lab.echo:" + http;
            String dns = "127.0.0.1:" + DNS_PORT;
            Recorder.record(loopback, "udp port " + DNS_PORT + " or tcp port " + http, file, () -> {
                assertEquals(0, EchoClientMain.run("web", url + "/", "--dns", dns, "--lang", "en"));
                assertEquals(0, EchoClientMain.run("web", url + "/", "--dns", dns, "--close", "--lang", "en"));
                assertEquals(0, EchoClientMain.run("web", url + "/big", "--dns", dns, "--close", "--lang", "en"));
                assertEquals(1, EchoClientMain.run("web", url + "/missing", "--dns", dns, "--lang", "en"));
            });
            List<JsonNode> ours = Sniffer.run("read", file.toString(), "--format", "jsonl", "--lang", "en").jsonLines();
            List<String[]> theirs = Tshark.fieldsDecodingAs(file, List.of(FIELDS),
                    List.of("udp.port==" + DNS_PORT + ",dns", "tcp.port==" + http + ",http"));
            assertEquals(theirs.size(), ours.size(), "frames");
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                String[] mine = row(ours.get(i));
                for (int c = 1; c < FIELDS.length; c++) {
                    if (!mine[c].equals(theirs.get(i)[c])) {
                        mismatches.add("frame " + (i + 1) + " " + FIELDS[c] + ": tshark '" + theirs.get(i)[c]
                                + "', ours '" + mine[c] + "'");
                    }
                }
            }
            assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
            long dnsFrames = ours.stream().filter(f -> "DNS".equals(f.get("proto").asText())).count();
            assertEquals(8, dnsFrames, "four queries and four responses");
            assertTrue(ours.stream().anyMatch(f -> f.get("info").asText().equals("HTTP/1.1 200 OK  (text/html)")
                    && f.get("http").get("frames").size() > 1), "the 100 KB page is reassembled from several segments");
            assertTrue(ours.stream().anyMatch(f -> f.get("info").asText().startsWith("Standard query response 0x")
                    && f.get("info").asText().endsWith(" A lab.echo A 127.0.0.1 A 127.0.0.2")), "two A records");
        }
    }

    /** Our jsonl line as tshark's columns; absent fields are empty, as tshark prints them. */
    private static String[] row(JsonNode f) {
        JsonNode dns = f.get("dns");
        JsonNode http = f.get("http");
        boolean isDns = !dns.isNull();
        boolean isHttp = !http.isNull() && http.has("request");
        String firstA = "";
        if (isDns && dns.get("answers").size() > 0) {
            firstA = dns.get("answers").get(0).get("data").asText();
        }
        return new String[] {f.get("frame").asText(), f.get("proto").asText(), f.get("info").asText(),
            isDns ? dns.get("id").asText() : "", isDns ? dns.get("flags").asText() : "",
            isDns && dns.get("response").asBoolean() ? Integer.toString(dns.get("answers").size()) : isDns ? "0" : "",
            firstA, isDns && dns.has("responseTo") ? dns.get("responseTo").asText() : "",
            isHttp && http.get("request").asBoolean() ? http.get("method").asText() : "",
            isHttp && !http.get("request").asBoolean() ? http.get("code").asText() : "",
            isHttp && http.has("requestIn") ? http.get("requestIn").asText() : ""};
    }
}
