package org.echolab.sniffer.analyze;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-stream state of the dissecting thread (keyed by a {@code tcp.stream} index, or any long),
 * in a map that remembers the entry it handed out last: consecutive packets mostly belong to
 * the same stream, and several parts of the dissector ask for it once or twice per packet.
 * Removing a key forgets it there too. Not thread-safe.
 */
public final class StreamMap<V> {
    private final Map<Long, V> map = new HashMap<>();
    private long lastKey;
    /** The value of {@link #lastKey}; null when nothing is remembered. */
    private V last;

    /** The value for {@code key}, or null. */
    public V get(long key) {
        if (last != null && key == lastKey) {
            return last;
        }
        V v = map.get(key);
        remember(key, v);
        return v;
    }

    /** The value for {@code key}, made by {@code create} the first time. */
    public V computeIfAbsent(long key, Supplier<V> create) {
        if (last != null && key == lastKey) {
            return last;
        }
        V v = map.computeIfAbsent(key, k -> create.get());
        remember(key, v);
        return v;
    }

    /** Removes {@code key}; returns its value, or null. */
    public V remove(long key) {
        if (key == lastKey) {
            last = null;
        }
        return map.remove(key);
    }

    public int size() {
        return map.size();
    }

    private void remember(long key, V v) {
        lastKey = key;
        last = v;
    }
}
