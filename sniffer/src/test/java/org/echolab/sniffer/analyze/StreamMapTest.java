package org.echolab.sniffer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StreamMapTest {
    @Test
    void aRemovedStreamIsNotHandedOutAgainFromMemory() {
        StreamMap<StringBuilder> m = new StreamMap<>();
        StringBuilder seven = m.computeIfAbsent(7, StringBuilder::new);
        assertSame(seven, m.computeIfAbsent(7, StringBuilder::new));
        assertSame(seven, m.get(7));
        assertSame(seven, m.remove(7));
        assertNull(m.get(7));
        assertNotSame(seven, m.computeIfAbsent(7, StringBuilder::new));
        assertEquals(1, m.size());
    }

    @Test
    void otherKeysAndRemovalsLeaveTheRememberedOneAlone() {
        StreamMap<String> m = new StreamMap<>();
        m.computeIfAbsent(1, () -> "one");
        m.computeIfAbsent(-2, () -> "minus two");
        assertEquals("one", m.get(1));
        assertNull(m.remove(3));
        assertEquals("one", m.get(1));
        assertEquals("minus two", m.remove(-2));
        assertNull(m.get(-2));
        assertNull(m.get(0));
        assertEquals("one", m.get(1));
        assertEquals(1, m.size());
    }
}
