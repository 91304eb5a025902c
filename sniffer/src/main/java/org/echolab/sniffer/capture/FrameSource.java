package org.echolab.sniffer.capture;

import java.io.Closeable;

/** A stream of frames of one link type: a live interface or a capture file. */
public interface FrameSource extends Closeable {
    /** The LINKTYPE_* of every frame from this source. */
    int linkType();

    /**
     * The next frame; null at the end of a file, or after {@link #stop()} on a live capture. Its
     * data array is handed over: the source never writes to it again (the dissector keeps it).
     *
     * @throws CaptureException when the source fails (a truncated file, a device error); the
     *     frames returned before it remain valid
     */
    RawFrame next() throws CaptureException;

    /** Asks a live capture to stop; {@link #next()} then returns null. Safe from any thread. */
    void stop();

    /** libpcap's counters, or null for a file. */
    CaptureStats stats();

    @Override
    void close();
}
