package org.echolab.sniffer.decode;

import java.util.List;

/** The transport-layer header of a packet. */
public sealed interface Transport {
    int offset();

    int srcPort();

    int dstPort();

    /**
     * A TCP segment. {@code seq}/{@code ack} are the raw 32-bit values as unsigned longs.
     * {@code segmentLength} is the TCP payload length computed from the IP header (what tshark
     * calls {@code tcp.len}); {@code payload} holds the bytes that were actually captured, which
     * can be fewer (snaplen).
     */
    record Tcp(int offset, int srcPort, int dstPort, long seq, long ack, int headerLength, int flags,
            int window, int checksum, int urgentPointer, List<TcpOption> options, int segmentLength,
            int payloadOffset, Bytes payload) implements Transport {
        public Tcp {
            options = List.copyOf(options);
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** A UDP datagram; {@code length} is the UDP header's length field. */
    record Udp(int offset, int srcPort, int dstPort, int length, int checksum, int payloadOffset, Bytes payload)
            implements Transport {
    }
}
