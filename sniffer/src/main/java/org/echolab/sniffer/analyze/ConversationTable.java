package org.echolab.sniffer.analyze;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversations in memory, and the policy that keeps that memory flat on long captures.
 *
 * <p>Wireshark keeps every conversation for the whole file. This table keeps a conversation in
 * full only while it can still change: once it is closed (a RST, or both FINs acknowledged) it
 * is queued, and released when it has been quiet for {@link #CLOSED_QUIET_NANOS} of capture time
 * or when more than {@link #MAX_CLOSED_PENDING} closed conversations are waiting. A conversation
 * idle for {@link #IDLE_NANOS} is released even if it never closed. A released conversation
 * leaves a {@link Tombstone} (about 100 bytes) so that port reuse is still decided as Wireshark
 * does; the newest {@link #MAX_TOMBSTONES} tombstones are kept.
 */
final class ConversationTable {
    static final long CLOSED_QUIET_NANOS = 10_000_000_000L;
    static final int MAX_CLOSED_PENDING = 4_096;
    static final long IDLE_NANOS = 300_000_000_000L;
    static final long SWEEP_INTERVAL_NANOS = 60_000_000_000L;
    static final int MAX_TOMBSTONES = 65_536;

    private final Map<ConversationKey, Conversation> live = new HashMap<>();
    private final ArrayDeque<Conversation> closing = new ArrayDeque<>();
    private final Map<ConversationKey, Tombstone> tombstones = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationKey, Tombstone> eldest) {
            return size() > MAX_TOMBSTONES;
        }
    };
    private final SummaryBook book;
    private final java.util.function.IntConsumer onRelease;
    private long lastSweepNanos = Long.MIN_VALUE;

    /** @param onRelease told the stream index of every conversation released from memory */
    ConversationTable(SummaryBook book, java.util.function.IntConsumer onRelease) {
        this.book = book;
        this.onRelease = onRelease;
    }

    Conversation live(ConversationKey key) {
        return live.get(key);
    }

    /** Removes and returns the tombstone of a released conversation on {@code key}, or null. */
    Tombstone takeTombstone(ConversationKey key) {
        return tombstones.remove(key);
    }

    void put(Conversation c) {
        Conversation replaced = live.put(c.key, c);
        if (replaced != null) {
            replaced.inTable = false;
        }
        c.inTable = true;
    }

    int liveCount() {
        return live.size();
    }

    int tombstoneCount() {
        return tombstones.size();
    }

    /** Called after each packet of {@code c}: queues it if it just closed, then releases what may go. */
    void touched(Conversation c, long now) {
        if (!c.queuedForRelease && c.isClosed()) {
            c.queuedForRelease = true;
            closing.add(c);
        }
        while (!closing.isEmpty()) {
            Conversation head = closing.peek();
            if (!head.inTable) {
                // Replaced on its 4-tuple (port reuse) or released idle since it was queued.
                closing.poll();
                continue;
            }
            boolean quiet = now - head.lastNanos >= CLOSED_QUIET_NANOS;
            if (!quiet && closing.size() <= MAX_CLOSED_PENDING) {
                break;
            }
            closing.poll();
            release(head);
            live.remove(head.key);
            head.inTable = false;
        }
        if (lastSweepNanos == Long.MIN_VALUE) {
            lastSweepNanos = now;
        } else if (now - lastSweepNanos >= SWEEP_INTERVAL_NANOS) {
            lastSweepNanos = now;
            sweepIdle(now);
        }
    }

    /** The conversation on this 4-tuple was replaced by a new one (port reuse). */
    void superseded(Conversation old) {
        book.released(old);
    }

    private void sweepIdle(long now) {
        Iterator<Conversation> it = live.values().iterator();
        while (it.hasNext()) {
            Conversation c = it.next();
            if (now - c.lastNanos >= IDLE_NANOS) {
                release(c);
                it.remove();
                c.inTable = false;
            }
        }
    }

    private void release(Conversation c) {
        book.released(c);
        onRelease.accept(c.stream);
        tombstones.remove(c.key);
        tombstones.put(c.key, Tombstone.of(c));
    }
}
