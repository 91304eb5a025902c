package org.echolab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.echolab.cli.Messages;
import org.junit.jupiter.api.Test;

class BundleParityTest {
    @Test
    void koreanAndEnglishBundlesHaveTheSameKeys() {
        assertEquals(keys(Locale.ENGLISH), keys(Locale.KOREAN));
    }

    @Test
    void bundlesHoldTheKeysTheSharedCliNeeds() {
        Set<String> keys = keys(Locale.KOREAN);
        for (String key : List.of("error.prefix", "error.io", "error.unexpected", "option.lang", "option.debug")) {
            assertTrue(keys.contains(key), key);
        }
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Messages.load(EchoClientMain.BUNDLE, locale).bundle().keySet());
    }
}
