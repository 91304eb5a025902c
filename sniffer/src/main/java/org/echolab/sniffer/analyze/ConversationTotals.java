package org.echolab.sniffer.analyze;

/**
 * Counts over every TCP conversation of a run, including those beyond the ones
 * {@link TcpAnalyzer#conversations()} keeps in full.
 *
 * @param conversations streams seen (tcp.stream values 0 … conversations-1)
 * @param summarized how many of them {@link TcpAnalyzer#conversations()} returns in full: the
 *     first {@link TcpAnalyzer#DEFAULT_SUMMARY_LIMIT} (or the configured limit) by stream index
 * @param packets TCP segments analysed
 * @param bytesFromClients payload bytes client → server, retransmissions not counted twice
 * @param bytesFromServers payload bytes server → client, likewise
 * @param handshakesComplete conversations whose SYN, SYN-ACK and final ACK were all seen
 * @param resets conversations that saw a RST
 */
public record ConversationTotals(long conversations, int summarized, long packets, long bytesFromClients,
        long bytesFromServers, long handshakesComplete, long resets) {

    /** Conversations that are only counted here, not returned in full. */
    public long omitted() {
        return conversations - summarized;
    }
}
