package org.echolab.sniffer.analyze;

/**
 * Wireshark's TCP expert analysis flags ({@code tcp.analysis.*}). {@link #field()} is the
 * Wireshark field name without the {@code tcp.analysis.} prefix, used as-is in JSON output.
 */
public enum Finding {
    RETRANSMISSION("retransmission"),
    FAST_RETRANSMISSION("fast_retransmission"),
    SPURIOUS_RETRANSMISSION("spurious_retransmission"),
    OUT_OF_ORDER("out_of_order"),
    LOST_SEGMENT("lost_segment"),
    ACK_LOST_SEGMENT("ack_lost_segment"),
    DUPLICATE_ACK("duplicate_ack"),
    ZERO_WINDOW("zero_window"),
    ZERO_WINDOW_PROBE("zero_window_probe"),
    ZERO_WINDOW_PROBE_ACK("zero_window_probe_ack"),
    WINDOW_UPDATE("window_update"),
    WINDOW_FULL("window_full"),
    KEEP_ALIVE("keep_alive"),
    KEEP_ALIVE_ACK("keep_alive_ack"),
    REUSED_PORTS("reused_ports");

    private final String field;

    Finding(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
