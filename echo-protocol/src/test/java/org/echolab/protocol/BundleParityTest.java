package org.echolab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.echolab.cli.Messages;
import org.junit.jupiter.api.Test;

class BundleParityTest {
    @Test
    void koreanAndEnglishBundlesHaveTheSameKeys() {
        assertEquals(keys(Locale.ENGLISH), keys(Locale.KOREAN));
        assertEquals(keys(Locale.ENGLISH), new TreeSet<>(ResourceBundle.getBundle(ProtocolException.BUNDLE,
                Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)).keySet()));
    }

    private static TreeSet<String> keys(Locale locale) {
        return new TreeSet<>(Messages.load(ProtocolException.BUNDLE, locale).bundle().keySet());
    }
}
