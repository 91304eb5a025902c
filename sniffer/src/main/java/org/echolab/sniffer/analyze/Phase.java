package org.echolab.sniffer.analyze;

/** Where in its conversation's life a segment falls. */
public enum Phase {
    /** SYN, SYN-ACK, and the ACK that completes the 3-way handshake. */
    HANDSHAKE,
    /** Everything between the handshake and the first FIN. */
    DATA,
    /** From the first FIN on (FINs and the ACKs that answer them). */
    TEARDOWN,
    /** A RST, which aborts the conversation. */
    RESET
}
