package org.echolab.sniffer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.echolab.cli.Messages;
import org.echolab.sniffer.flow.FlowDiagram;
import org.echolab.sniffer.flow.FlowDiagrams;
import org.echolab.sniffer.flow.FlowTexts;
import org.echolab.sniffer.flow.SvgFlow;
import org.echolab.sniffer.render.Texts;

/**
 * Writes the offline HTML report: one file with the page's CSS and script inlined, the data as
 * JSON and the flow diagram as an SVG image, so it opens from disk with no network at all.
 * The script builds the packet table in chunks, so thousands of rows never freeze the page.
 */
public final class ReportWriter {
    public static final String BUNDLE = "org.echolab.sniffer.report.Report";
    /** Conversations drawn in the report's flow diagram, and arrows per conversation. */
    static final int FLOW_STREAMS = 8;
    static final int FLOW_ROWS = 60;

    private final Locale locale;

    public ReportWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(Writer out, ReportInput in) throws IOException {
        Messages report = Messages.load(BUNDLE, locale);
        String page = resource("report.html")
                .replace("{{lang}}", locale.getLanguage())
                .replace("/*{{css}}*/", resource("report.css"))
                .replace("{{svg}}", svgDataUri(in));
        int data = page.indexOf("{{data}}");
        int script = page.indexOf("/*{{js}}*/");
        out.write(page, 0, data);
        new ReportData(Texts.load(locale), report).write(out, in);
        out.write(page, data + "{{data}}".length(), script - data - "{{data}}".length());
        out.write(resource("report.js"));
        out.write(page, script + "/*{{js}}*/".length(), page.length() - script - "/*{{js}}*/".length());
        out.flush();
    }

    /** The flow diagram of the first conversations as a base64 {@code data:} URI (an image runs no script). */
    private String svgDataUri(ReportInput in) {
        FlowTexts texts = FlowTexts.load(locale);
        List<FlowDiagram> all = new FlowDiagrams(texts).build(in.packets());
        List<FlowDiagram> shown = new ArrayList<>();
        for (int i = 0; i < all.size() && i < FLOW_STREAMS; i++) {
            shown.add(FlowDiagrams.head(all.get(i), FLOW_ROWS));
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SvgFlow(texts).write(svg, shown);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toByteArray());
    }

    static String resource(String name) {
        try (InputStream is = ReportWriter.class.getResourceAsStream(name)) {
            if (is == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(is.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as a string (tests). */
    String toHtml(ReportInput in) throws IOException {
        StringWriter sw = new StringWriter();
        write(sw, in);
        return sw.toString();
    }
}
