package org.echolab.sniffer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.flow.Dissected;
import org.echolab.sniffer.render.Texts;
import org.echolab.sniffer.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens real reports from disk in headless Chromium (Debian's chromium package) over the DevTools
 * protocol: one row per packet, a click shows the packet's explanation, no console error, no
 * injected markup from payloads; leaves a screenshot in target/ to look at.
 */
class ReportBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void largeCaptureLoadsEveryRowAndAClickExplainsThePacket() throws Exception {
        Path chromium = Tools.requireTool("chromium");
        List<Dissection> packets = Dissected.read("kit-many.pcap", true);
        Path html = write("kit-many.pcap", packets, Locale.ENGLISH);
        try (Cdp cdp = Cdp.start(chromium, tmp.resolve("profile"))) {
            open(cdp, html);
            assertEquals(packets.size(), ((Number) cdp.eval("document.querySelectorAll('#packets tbody tr').length"))
                    .intValue());
            int row = 3;
            click(cdp, row);
            String expected = String.join("", packets.get(row).explanation()
                    .renderLines(Texts.load(Locale.ENGLISH).explain()));
            String shown = (String) cdp.eval("Array.from(document.querySelectorAll('#explanation p:not(.payload)'))"
                    + ".map(p => p.textContent).join('')");
            assertEquals(expected, shown);
            assertTrue(!shown.isEmpty());
            assertEquals("true", cdp.eval("String(document.querySelector('#packets tbody tr:nth-child(4)')"
                    + ".classList.contains('selected'))"));
            // Payloads hold "<b>hello</b>" and "</script><img src=x onerror=alert(1)>": text, never markup.
            assertEquals(0, ((Number) cdp.eval("document.querySelectorAll('#packets b, img[src=x], script').length"
                    + " - document.querySelectorAll('head script, body > script').length")).intValue());
            assertTrue(((String) cdp.eval("document.getElementById('hex').textContent")).contains("0000"));
            screenshot(cdp, "report-kit-many.png");
            assertEquals(List.of(), cdp.errors());
        }
    }

    @Test
    void koreanSecureReportShowsTheComparisonWithoutErrors() throws Exception {
        Path chromium = Tools.requireTool("chromium");
        List<Dissection> packets = Dissected.read("kit-secure.pcap", true);
        Path html = write("kit-secure.pcap", packets, Locale.KOREAN);
        try (Cdp cdp = Cdp.start(chromium, tmp.resolve("profile"))) {
            open(cdp, html);
            assertEquals(packets.size(), ((Number) cdp.eval("document.querySelectorAll('#packets tbody tr').length"))
                    .intValue());
            assertEquals(1, ((Number) cdp.eval("document.querySelectorAll('#comparison tbody tr').length")).intValue());
            assertTrue(((Number) cdp.eval("document.getElementById('flow').naturalWidth")).intValue() > 0,
                    "the flow SVG decodes as an image");
            click(cdp, 5);
            assertTrue(((String) cdp.eval("document.getElementById('explanation').textContent")).contains("세션 키"));
            screenshot(cdp, "report-kit-secure-ko.png");
            assertEquals(List.of(), cdp.errors());
        }
    }

    private Path write(String name, List<Dissection> packets, Locale locale) throws Exception {
        Path html = tmp.resolve(name + ".html");
        ReportInput in = new ReportInput(name, packets, List.of(), List.of(), DissectorOptions.defaults().kitPorts());
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new ReportWriter(locale).write(w, in);
        }
        return html;
    }

    private static void open(Cdp cdp, Path html) throws Exception {
        cdp.send("Runtime.enable");
        cdp.send("Log.enable");
        cdp.send("Page.enable");
        cdp.send("Emulation.setDeviceMetricsOverride", "width", 1400, "height", 1000, "deviceScaleFactor", 1,
                "mobile", false);
        cdp.send("Page.navigate", "url", html.toUri().toString());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"true".equals(cdp.eval("String(document.body && document.body.getAttribute('data-ready'))"))) {
            assertTrue(System.nanoTime() < deadline, "the table never finished loading: " + cdp.errors());
            Thread.sleep(50);
        }
    }

    /** A real mouse click (pressed + released) in the middle of table row {@code index}. */
    private static void click(Cdp cdp, int index) throws Exception {
        String rect = (String) cdp.eval("(function(){var r=document.querySelectorAll('#packets tbody tr')[" + index
                + "];r.scrollIntoView({block:'center'});var b=r.getBoundingClientRect();"
                + "return (b.left+b.width/2)+','+(b.top+b.height/2);})()");
        String[] xy = rect.split(",");
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            cdp.send("Input.dispatchMouseEvent", "type", type, "x", Double.parseDouble(xy[0]), "y",
                    Double.parseDouble(xy[1]), "button", "left", "clickCount", 1);
        }
    }

    private static void screenshot(Cdp cdp, String name) throws Exception {
        Map<String, Object> shot = cdp.send("Page.captureScreenshot", "format", "png");
        Path out = Path.of("target", name);
        Files.write(out, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
