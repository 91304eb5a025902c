package org.echolab.sniffer.explain;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import org.echolab.cli.Messages;

/**
 * Parsed {@link MessageFormat}s, one per key, so a million packets do not parse the same pattern
 * a million times. MessageFormat is not thread-safe, hence one cache per thread; it follows the
 * last bundle the thread rendered with (a run uses one).
 */
final class FormatCache {
    private static final ThreadLocal<FormatCache> CACHE = new ThreadLocal<>();

    private final Messages messages;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private FormatCache(Messages messages) {
        this.messages = messages;
    }

    static MessageFormat get(Messages messages, String key) {
        FormatCache cache = CACHE.get();
        if (cache == null || cache.messages != messages) {
            cache = new FormatCache(messages);
            CACHE.set(cache);
        }
        return cache.formats.computeIfAbsent(key,
                k -> new MessageFormat(messages.bundle().getString(k), messages.locale()));
    }
}
