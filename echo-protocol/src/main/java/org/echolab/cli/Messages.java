package org.echolab.cli;

import java.text.MessageFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One resource bundle in one language, with {@link MessageFormat} arguments.
 *
 * <p>Bundles are UTF-8 {@code .properties} files (the Java 9+ default), one per language:
 * {@code Foo_ko.properties} and {@code Foo_en.properties}; the base file is English.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;
    /** Patterns parsed once each (the sniffer formats a few per packet). */
    private final Map<String, MessageTemplate> templates = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(String baseName, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message for {@code key} with {@code args} filled in; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return missing(key);
        }
        return args.length == 0 ? pattern : template(key).format(args);
    }

    /**
     * Like {@link #get} but always through the pattern's formatter, also without arguments (so a
     * doubled quote {@code ''} prints as one): for patterns written for {@link MessageFormat}.
     */
    public String format(String key, Object... args) {
        MessageTemplate t = template(key);
        return t == null ? missing(key) : t.format(args);
    }

    /** What {@link #format} returns, appended to {@code out} in UTF-8. */
    public void formatTo(Utf8Buffer out, String key, Object... args) {
        MessageTemplate t = template(key);
        if (t == null) {
            out.append(missing(key));
        } else {
            t.formatTo(out, args);
        }
    }

    /** How a missing key prints: {@code !key!}. */
    private static String missing(String key) {
        return "!" + key + "!";
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The compiled pattern of {@code key} (compiled on first use); null when the bundle has no such key. */
    private MessageTemplate template(String key) {
        MessageTemplate t = templates.get(key);
        if (t == null) {
            String pattern = pattern(key);
            if (pattern == null) {
                return null;
            }
            t = MessageTemplate.compile(pattern, locale);
            templates.putIfAbsent(key, t);
        }
        return t;
    }

    /** The underlying bundle, for picocli's {@code resourceBundle}. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
