package org.echolab.sniffer;

import org.echolab.cli.Utf8Buffer;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.app.AppColumns;
import org.echolab.sniffer.app.AppLayer;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.explain.Explanation;
import org.echolab.sniffer.explain.PayloadView;
import org.echolab.sniffer.render.Columns;

/**
 * Everything the kit knows about one frame: the decoded layers, the TCP analysis (null for non-TCP),
 * the payload view and the explanation; the Protocol and Info columns follow from them. Immutable;
 * renderers only read it.
 *
 * @param relativeNanos time since the first frame of the capture
 * @param app the DNS or HTTP layer, null when the frame carries neither
 */
public record Dissection(Packet packet, TcpAnalysis tcp, long relativeNanos, PayloadView payload,
        Explanation explanation, AppLayer app) {
    /** The Protocol column (TCP, UDP, DNS, HTTP, ARP …). */
    public String protocol() {
        return AppColumns.protocol(app, Columns.protocol(packet));
    }

    /**
     * The Info column (tshark's text for TCP, DNS and HTTP), built when asked for: on the render
     * threads, not on the one thread that dissects.
     */
    public String info() {
        return AppColumns.info(app, Columns.info(packet, tcp));
    }

    /** What {@link #info()} returns, appended to {@code out}. */
    public void appendInfo(Utf8Buffer out) {
        if (app == null) {
            Columns.info(out, packet, tcp);
        } else {
            out.append(info());
        }
    }
}
