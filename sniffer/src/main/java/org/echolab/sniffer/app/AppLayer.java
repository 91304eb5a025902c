package org.echolab.sniffer.app;

/**
 * What the application layer of one frame carries: a DNS message, a complete HTTP message, or a
 * segment of an HTTP message that later segments complete. Frames with none of these have no
 * {@code AppLayer} (null).
 */
public sealed interface AppLayer {
    /** The Protocol column. */
    String protocol();

    /**
     * A DNS message.
     *
     * @param requestFrame for a response, the frame of its query (dns.response_to), else 0
     * @param responseNanos for a response, the time since its query (dns.time), else -1
     */
    record Dns(DnsMessage message, long requestFrame, long responseNanos) implements AppLayer {
        @Override
        public String protocol() {
            return "DNS";
        }
    }

    /**
     * An HTTP message complete in this frame.
     *
     * @param requestFrame for a response, the frame that completed its request (http.request_in), else 0
     * @param responseNanos for a response, the time since that request (http.time), else -1
     * @param number 1 for the first request (or response) on this connection, 2 for the next …
     */
    record Http(HttpMessage message, long requestFrame, long responseNanos, int number) implements AppLayer {
        @Override
        public String protocol() {
            return "HTTP";
        }
    }

    /**
     * A TCP segment holding part of an HTTP message that is not complete yet (Wireshark's
     * "[TCP segment of a reassembled PDU]").
     *
     * @param startLine the message's start line once its header is complete, else null
     * @param firstFrame the frame where the message began
     */
    record HttpPart(String startLine, long firstFrame) implements AppLayer {
        @Override
        public String protocol() {
            return "TCP";
        }
    }

    /**
     * Bytes on an HTTP connection that start no HTTP message (tshark: "Continuation"), such as
     * garbage after a request or the rest of a body the kit could not frame.
     */
    record HttpContinuation(long bytes) implements AppLayer {
        @Override
        public String protocol() {
            return "HTTP";
        }
    }
}
