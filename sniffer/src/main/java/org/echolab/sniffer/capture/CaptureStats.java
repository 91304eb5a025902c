package org.echolab.sniffer.capture;

/** libpcap's counters for a live capture (pcap_stats). */
public record CaptureStats(long received, long dropped, long droppedByInterface) {
}
