package org.echolab.sniffer.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.echolab.sniffer.capture.CaptureException;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.FrameSource;

/**
 * Live-capture tests need libpcap and the right to capture on loopback. On a student laptop
 * without them the test is skipped with the reason; under {@code CI=true} (root) it must run, so
 * a missing privilege fails instead.
 */
public final class CaptureAccess {
    private CaptureAccess() {
    }

    /** The loopback device's name, once a capture on it has been opened and closed successfully. */
    public static String requireLoopbackCapture() {
        try {
            String lo = Captures.defaultLoopback();
            FrameSource probe = Captures.openLive(lo, "tcp port 1", null);
            probe.close();
            return lo;
        } catch (CaptureException e) {
            String reason = "live capture not possible here (" + e.key() + "): run as root or setcap";
            if (Tools.isCi()) {
                fail(reason + "; CI=true requires it");
            }
            assumeTrue(false, reason);
            return null;
        }
    }
}
