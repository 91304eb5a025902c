package org.echolab.sniffer.capture;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Puts a live capture on its own thread: the reader thread only takes frames from libpcap (and
 * writes them to the {@code -w} file), while the caller dissects and renders at its own pace. A
 * burst that rendering cannot keep up with waits here, bounded by {@link #MAX_QUEUED_BYTES},
 * instead of overflowing the kernel's buffer, where it would be dropped.
 */
public final class QueuedFrameSource implements FrameSource {
    /** How much captured data may wait for the renderer before the reader itself waits. */
    static final int MAX_QUEUED_BYTES = 64 * 1024 * 1024;
    private static final RawFrame END = new RawFrame(0, 0, 0, new byte[0]);

    private final FrameSource inner;
    private final long maxFrames;
    private final BlockingQueue<RawFrame> queue = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(MAX_QUEUED_BYTES);
    private final Thread reader;
    private volatile CaptureException failure;
    private boolean ended;

    /**
     * @param inner a live capture
     * @param maxFrames stop reading after this many frames (0: no limit), so the {@code -w} file
     *     holds exactly the frames the caller will see
     */
    public QueuedFrameSource(FrameSource inner, long maxFrames) {
        this.inner = inner;
        this.maxFrames = maxFrames;
        this.reader = new Thread(this::readAll, "sniffer-capture");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        long read = 0;
        try {
            RawFrame f;
            while ((maxFrames == 0 || read < maxFrames) && (f = inner.next()) != null) {
                room.acquireUninterruptibly(cost(f));
                queue.add(f);
                read++;
            }
        } catch (CaptureException e) {
            failure = e;
        } finally {
            queue.add(END);
        }
    }

    /** What a queued frame counts against {@link #MAX_QUEUED_BYTES}; taken and given back alike. */
    private static int cost(RawFrame f) {
        return Math.min(f.data().length + 64, MAX_QUEUED_BYTES);
    }

    @Override
    public int linkType() {
        return inner.linkType();
    }

    @Override
    public RawFrame next() {
        if (ended) {
            return null;
        }
        RawFrame f;
        try {
            f = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (f == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        room.release(cost(f));
        return f;
    }

    /** Frames read from the capture that the caller has not taken yet. */
    public boolean hasBacklog() {
        return !queue.isEmpty();
    }

    @Override
    public void stop() {
        inner.stop();
    }

    @Override
    public CaptureStats stats() {
        return inner.stats();
    }

    /** Stops the reader, waits for it (its drain is bounded), then closes the capture. */
    @Override
    public void close() {
        inner.stop();
        // The caller takes nothing more: make room so a reader waiting for it can finish.
        queue.clear();
        room.release(MAX_QUEUED_BYTES);
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        inner.close();
    }
}
