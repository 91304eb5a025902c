package org.echolab.sniffer.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-stream summaries of the first {@code limit} streams, plus running totals for all of
 * them. A slot holds the live {@link Conversation} while it is in memory and its frozen
 * {@link ConversationSummary} once it has been released, so a released conversation costs one
 * small record, and streams past the limit cost nothing at all.
 */
final class SummaryBook {
    private final int limit;
    private final List<Object> slots = new ArrayList<>();
    long conversations;
    long packets;
    long bytesFromClients;
    long bytesFromServers;
    long handshakesComplete;
    long resets;

    SummaryBook(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("summary limit must not be negative: " + limit);
        }
        this.limit = limit;
    }

    void opened(Conversation c) {
        conversations++;
        if (c.stream < limit) {
            slots.add(c);
        }
    }

    /** A released conversation came back: it continues its old counters. */
    void revived(Conversation c) {
        if (c.stream < limit) {
            c.restoreCounters((ConversationSummary) slots.get(c.stream));
            slots.set(c.stream, c);
        }
    }

    void released(Conversation c) {
        if (c.stream < limit) {
            slots.set(c.stream, c.summary());
        }
    }

    void payload(boolean fromInitiator, int bytes) {
        if (fromInitiator) {
            bytesFromClients += bytes;
        } else {
            bytesFromServers += bytes;
        }
    }

    List<ConversationSummary> summaries() {
        List<ConversationSummary> out = new ArrayList<>(slots.size());
        for (Object slot : slots) {
            out.add(slot instanceof Conversation c ? c.summary() : (ConversationSummary) slot);
        }
        return out;
    }

    ConversationTotals totals() {
        return new ConversationTotals(conversations, slots.size(), packets, bytesFromClients, bytesFromServers,
                handshakesComplete, resets);
    }
}
