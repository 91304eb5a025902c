package org.echolab.sniffer.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.RawFrame;

/**
 * A student's capture as the lab sees it: the first plain (12321) and the first secure (12345)
 * conversation that starts with a SYN. Either may be null; a capture with neither is not a kit
 * capture.
 *
 * @param frames how many frames the file holds
 */
record LabCapture(long frames, KitConversation plain, KitConversation secure) {

    /** Reads and dissects a pcap/pcapng file; a bad file throws the capture edge's one-line error. */
    static LabCapture read(Path file) {
        List<Dissection> all = new ArrayList<>();
        Dissector dissector = new Dissector(DissectorOptions.defaults());
        try (FrameSource source = Captures.openFile(file, null)) {
            RawFrame f;
            while ((f = source.next()) != null) {
                all.add(dissector.dissectOwned(f.linkType(), f.timestampNanos(), f.originalLength(), f.data()));
            }
        }
        return of(all);
    }

    /** Pure: picks the kit's conversations out of dissected frames (in capture order). */
    static LabCapture of(List<Dissection> dissections) {
        Map<Integer, List<Dissection>> streams = new LinkedHashMap<>();
        for (Dissection d : dissections) {
            if (d.tcp() != null) {
                streams.computeIfAbsent(d.tcp().stream(), s -> new ArrayList<>()).add(d);
            }
        }
        KitConversation plain = null;
        KitConversation secure = null;
        for (List<Dissection> stream : streams.values()) {
            KitConversation c = KitConversation.of(stream);
            if (c == null) {
                continue;
            }
            if (plain == null && c.serverPort() == DissectorOptions.PLAIN_PORT) {
                plain = c;
            } else if (secure == null && c.serverPort() == DissectorOptions.SECURE_PORT) {
                secure = c;
            }
        }
        return new LabCapture(dissections.size(), plain, secure);
    }

    /** True when at least one of the kit's conversations was captured from its SYN on. */
    boolean isKitCapture() {
        return plain != null || secure != null;
    }
}
