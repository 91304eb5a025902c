package org.echolab.sniffer.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.echolab.cli.Utf8Buffer;
import org.junit.jupiter.api.Test;

/** Decoded addresses are shared by value: never a wrong one, whatever collides in the cache. */
class NetAddressTest {
    @Test
    void ipv4AddressesAreTheirBytesEvenWhenRecentOnesCollide() {
        Random random = new Random(21);
        byte[] frame = new byte[64];
        for (int i = 0; i < 50_000; i++) {
            random.nextBytes(frame);
            // Few distinct values, as in a capture, so entries are found, replaced and found again.
            frame[9] = (byte) random.nextInt(3);
            frame[11] = (byte) random.nextInt(600);
            int offset = 8;
            NetAddress a = NetAddress.of(frame, offset, 4);
            String expected = (frame[8] & 0xff) + "." + (frame[9] & 0xff) + "." + (frame[10] & 0xff) + "."
                    + (frame[11] & 0xff);
            assertEquals(expected, a.toString());
            Utf8Buffer out = new Utf8Buffer(4);
            a.appendTo(out);
            assertEquals(expected, out.toString());
            assertArrayEquals(new byte[] {frame[8], frame[9], frame[10], frame[11]}, a.octets());
            assertEquals(NetAddress.ipv4(frame[8] & 0xff, frame[9] & 0xff, frame[10] & 0xff, frame[11] & 0xff), a);
        }
        byte[] loopback = {127, 0, 0, 1};
        assertSame(NetAddress.of(loopback, 0, 4), NetAddress.of(loopback.clone(), 0, 4));
    }

    @Test
    void theCopyIsTheAddresssOwn() {
        byte[] frame = {10, 0, 0, 7};
        NetAddress a = NetAddress.of(frame, 0, 4);
        frame[3] = 8;
        assertEquals("10.0.0.7", a.toString());
        assertEquals("10.0.0.8", NetAddress.of(frame, 0, 4).toString());
    }
}
