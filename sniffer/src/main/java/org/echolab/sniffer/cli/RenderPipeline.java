package org.echolab.sniffer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.render.PacketRenderer;

/**
 * Hands dissections to the renderer on a second thread, in batches and in order, so reading a
 * file uses two cores: the dissector is sequential by nature (each packet depends on the ones
 * before it), but turning a finished {@link Dissection} into text depends on nothing else. A
 * bounded queue keeps memory flat however far ahead the dissector runs.
 *
 * <p>Live captures render directly ({@link #direct}), so each packet shows the moment it arrives.
 */
abstract class RenderPipeline {
    static final int BATCH = 512;
    static final int QUEUED_BATCHES = 8;

    final PacketRenderer renderer;

    private RenderPipeline(PacketRenderer renderer) {
        this.renderer = renderer;
    }

    static RenderPipeline direct(PacketRenderer renderer) {
        return new RenderPipeline(renderer) {
            @Override
            void accept(Dissection d) {
                renderer.packet(d);
            }

            @Override
            void finish() {
                // Nothing queued: every packet was rendered as it came.
            }
        };
    }

    static RenderPipeline threaded(PacketRenderer renderer) {
        return new Threaded(renderer);
    }

    /** Renders {@code d} after every dissection accepted before it. */
    abstract void accept(Dissection d);

    /** Renders whatever is still queued; returns once the renderer has seen every packet. */
    abstract void finish();

    private static final class Threaded extends RenderPipeline {
        /** An empty batch marks the end of the stream. */
        private static final List<Dissection> END = List.of();

        private final BlockingQueue<List<Dissection>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final Thread thread;
        private volatile RuntimeException failure;
        private List<Dissection> batch = new ArrayList<>(BATCH);

        Threaded(PacketRenderer renderer) {
            super(renderer);
            thread = new Thread(this::drain, "sniffer-render");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        void accept(Dissection d) {
            batch.add(d);
            if (batch.size() == BATCH) {
                handOff(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        @Override
        void finish() {
            if (!batch.isEmpty()) {
                handOff(batch);
                batch = new ArrayList<>(BATCH);
            }
            handOff(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rethrow();
        }

        private void handOff(List<Dissection> b) {
            rethrow();
            try {
                queue.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            }
        }

        private void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }

        /** After a failure it keeps taking batches (discarding them), so the dissector never blocks on a full queue. */
        private void drain() {
            try {
                while (true) {
                    List<Dissection> b = queue.take();
                    if (b == END) {
                        return;
                    }
                    if (failure == null) {
                        render(b);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void render(List<Dissection> b) {
            try {
                for (Dissection d : b) {
                    renderer.packet(d);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }
}
