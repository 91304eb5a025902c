package org.echolab.cli;

import java.text.MessageFormat;
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
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The underlying bundle, for picocli's {@code resourceBundle}. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
