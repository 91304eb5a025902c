package org.echolab.sniffer.capture;

/**
 * One frame as the capture delivered it: its link type (a pcapng file may mix interfaces of
 * different types), capture time, length on the wire and the captured bytes. This is all that
 * crosses from the capture edge into the pure core.
 */
public record RawFrame(int linkType, long timestampNanos, int originalLength, byte[] data) {
}
