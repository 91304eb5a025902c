package org.echolab.sniffer.flow;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.RawFrame;

/** Reads a checked-in capture through libpcap and the dissector, as the commands do. */
public final class Dissected {
    private Dissected() {
    }

    public static Path capture(String name) {
        try {
            return Path.of(Dissected.class.getResource("/captures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Dissection> read(String name, boolean fullPayload) {
        Dissector dissector = new Dissector(new DissectorOptions(DissectorOptions.defaults().kitPorts(), fullPayload));
        List<Dissection> out = new ArrayList<>();
        try (FrameSource source = Captures.openFile(capture(name), null)) {
            RawFrame f;
            while ((f = source.next()) != null) {
                out.add(dissector.dissect(source.linkType(), f.timestampNanos(), f.originalLength(), f.data()));
            }
        }
        return out;
    }
}
