package org.echolab.sniffer.analyze;

import org.echolab.sniffer.decode.NetAddress;

/**
 * The end-of-run picture of one TCP conversation.
 *
 * @param stream tcp.stream
 * @param clientAddr the side that opened (sent the first SYN), or the first sender seen
 * @param handshakeComplete SYN, SYN-ACK and the final ACK were all seen
 * @param bytesFromClient TCP payload bytes client → server (retransmissions not counted twice)
 * @param firstFinFromClient null when no FIN was seen
 * @param reset a RST was seen
 * @param completeness Wireshark's tcp.completeness bit mask (1 SYN, 2 SYN-ACK, 4 ACK, 8 DATA,
 *     16 FIN, 32 RST)
 */
public record ConversationSummary(int stream, NetAddress clientAddr, int clientPort, NetAddress serverAddr,
        int serverPort, long packets, long firstFrame, long lastFrame, long startNanos, long endNanos,
        boolean handshakeComplete, long bytesFromClient, long bytesFromServer, Boolean firstFinFromClient,
        boolean reset, int completeness) {
}
