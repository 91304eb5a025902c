package org.echolab.sniffer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.echolab.sniffer.decode.NetAddress;
import org.junit.jupiter.api.Test;

class ConversationKeyTest {
    private static final NetAddress A = NetAddress.ipv4(127, 0, 0, 1);
    private static final NetAddress B = NetAddress.ipv4(10, 0, 0, 2);

    @Test
    void bothDirectionsAreOneKey() {
        ConversationKey there = ConversationKey.of(A, 40000, B, 12321);
        ConversationKey back = ConversationKey.of(B, 12321, A, 40000);
        assertEquals(there, back);
        assertEquals(there.hashCode(), back.hashCode());
        // Same address both ends: the ports decide the order.
        assertEquals(ConversationKey.of(A, 40000, A, 12321), ConversationKey.of(A, 12321, A, 40000));
        assertEquals(ConversationKey.of(A, 40000, A, 12321).hashCode(), ConversationKey.of(A, 12321, A, 40000).hashCode());
    }

    @Test
    void everyPartCounts() {
        ConversationKey key = new ConversationKey(A, 1, B, 2);
        assertNotEquals(key, new ConversationKey(B, 1, B, 2));
        assertNotEquals(key, new ConversationKey(A, 3, B, 2));
        assertNotEquals(key, new ConversationKey(A, 1, A, 2));
        assertNotEquals(key, new ConversationKey(A, 1, B, 3));
        assertNotEquals(key, new ConversationKey(A, 2, B, 1));
        assertNotEquals(key.hashCode(), new ConversationKey(A, 2, B, 1).hashCode());
        assertNotEquals(key, (Object) "key");
        assertEquals(key, new ConversationKey(NetAddress.ipv4(127, 0, 0, 1), 1, NetAddress.ipv4(10, 0, 0, 2), 2));
    }
}
