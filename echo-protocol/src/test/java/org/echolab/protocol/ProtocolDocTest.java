package org.echolab.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PROTOCOL.md and the Javadoc of {@link Wire} must show the same byte diagrams. */
class ProtocolDocTest {
    @Test
    void protocolMdCarriesTheDiagramOfWire() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/echolab/protocol/Wire.java"));
        String javadoc = source.substring(source.indexOf("<pre>") + "<pre>".length() + 1, source.indexOf("</pre>"));
        String diagram = javadoc.lines()
                .map(line -> line.startsWith(" * ") ? line.substring(3) : line.substring(2))
                .collect(Collectors.joining("\n"))
                .stripTrailing();
        String markdown = Files.readString(Path.of("PROTOCOL.md"));
        assertTrue(markdown.contains(diagram), "PROTOCOL.md lacks the diagram of Wire.java:\n" + diagram);
    }
}
