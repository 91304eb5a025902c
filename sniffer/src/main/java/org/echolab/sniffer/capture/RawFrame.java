package org.echolab.sniffer.capture;

/**
 * One frame as libpcap delivered it: capture time, length on the wire and the captured bytes.
 * This is all that crosses from the capture edge into the pure core.
 */
public record RawFrame(long timestampNanos, int originalLength, byte[] data) {
}
