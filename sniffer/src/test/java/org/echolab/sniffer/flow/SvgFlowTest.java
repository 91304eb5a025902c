package org.echolab.sniffer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echolab.sniffer.Dissection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class SvgFlowTest {
    @ParameterizedTest
    @ValueSource(strings = {"kit-plain.pcap", "kit-secure.pcap", "crafted.pcap", "port-reuse.pcap", "kit-many.pcap"})
    void svgIsWellFormedWithOneArrowPerPacket(String capture) throws Exception {
        FlowTexts texts = FlowTexts.load(Locale.KOREAN);
        List<Dissection> packets = Dissected.read(capture, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFlow(texts).write(out, new FlowDiagrams(texts).build(packets));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(SvgFlow.NS, doc.getDocumentElement().getNamespaceURI());
        int arrows = 0;
        var lines = doc.getElementsByTagNameNS(SvgFlow.NS, "line");
        for (int i = 0; i < lines.getLength(); i++) {
            if ("arrow".equals(lines.item(i).getAttributes().getNamedItem("class") == null ? null
                    : lines.item(i).getAttributes().getNamedItem("class").getNodeValue())) {
                arrows++;
            }
        }
        assertEquals(packets.size(), arrows);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("http://") && text.replace(SvgFlow.NS, "").contains("http"),
                "self-contained: no links besides the SVG namespace");
    }
}
