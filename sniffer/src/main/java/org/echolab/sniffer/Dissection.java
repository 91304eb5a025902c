package org.echolab.sniffer;

import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.app.AppLayer;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.explain.Explanation;
import org.echolab.sniffer.explain.PayloadView;

/**
 * Everything the kit knows about one frame: the decoded layers, the TCP analysis (null for non-TCP),
 * the columns, the payload view and the explanation. Immutable; renderers only read it.
 *
 * @param relativeNanos time since the first frame of the capture
 * @param protocol the Protocol column (TCP, UDP, DNS, HTTP, ARP …)
 * @param info the Info column (tshark's text for TCP, DNS and HTTP)
 * @param app the DNS or HTTP layer, null when the frame carries neither
 */
public record Dissection(Packet packet, TcpAnalysis tcp, long relativeNanos, String protocol, String info,
        PayloadView payload, Explanation explanation, AppLayer app) {
}
