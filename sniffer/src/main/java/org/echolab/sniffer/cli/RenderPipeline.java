package org.echolab.sniffer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.render.PacketRenderer;

/**
 * Renders dissections on other threads, in batches, and writes them in order, so reading a file
 * uses every core: the dissector is sequential by nature (each packet depends on the ones before
 * it), but turning a finished {@link Dissection} into text depends on nothing else. A bounded
 * queue keeps memory flat however far ahead the dissector runs.
 *
 * <p>A live capture calls {@link #idle()} whenever it has caught up, so each packet still shows
 * the moment it arrives; {@link #direct} renders on the calling thread (the tests' reference).
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
            void idle() {
                renderer.flush();
            }

            @Override
            void finish() {
                // Nothing queued: every packet was rendered as it came.
            }
        };
    }

    /**
     * Renders batches on {@code workers} threads, each into its own string with a renderer from
     * {@code factory}, and writes the strings to {@code out} in order on one more thread.
     */
    static RenderPipeline threaded(PacketRenderer renderer, Function<BatchWriter, PacketRenderer> factory,
            PrintWriter out, int workers) {
        return new Threaded(renderer, factory, out, workers);
    }

    /** Renders {@code d} after every dissection accepted before it. */
    abstract void accept(Dissection d);

    /** The input has nothing more for now: show everything accepted so far, without waiting for a full batch. */
    abstract void idle();

    /** Renders whatever is still queued; returns once every packet is written. */
    abstract void finish();

    private static final class Threaded extends RenderPipeline {
        /** A finished empty string marks the end of the stream. */
        private static final Future<BatchWriter> END = CompletableFuture.completedFuture(new BatchWriter(0));
        /** Asks the writer to flush what it has written. */
        private static final Future<BatchWriter> FLUSH = CompletableFuture.completedFuture(new BatchWriter(0));

        private final Function<BatchWriter, PacketRenderer> factory;
        private final PrintWriter out;
        private final ExecutorService workers;
        private final BlockingQueue<Future<BatchWriter>> queue;
        /** Batches the writer has written, for the render threads to fill again (their arrays are large). */
        private final Queue<BatchWriter> written = new ConcurrentLinkedQueue<>();
        private final int keep;
        private final Thread writer;
        private volatile RuntimeException failure;
        private volatile int expectedBytes = BATCH * 256;
        private List<Dissection> batch = new ArrayList<>(BATCH);
        /** Something was accepted since the last {@link #idle()}. */
        private boolean unflushed;

        Threaded(PacketRenderer renderer, Function<BatchWriter, PacketRenderer> factory, PrintWriter out, int n) {
            super(renderer);
            this.factory = factory;
            this.out = out;
            this.queue = new ArrayBlockingQueue<>(QUEUED_BATCHES * n);
            this.keep = QUEUED_BATCHES * n;
            this.workers = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "sniffer-render");
                t.setDaemon(true);
                return t;
            });
            writer = new Thread(this::drain, "sniffer-write");
            writer.setDaemon(true);
            writer.start();
        }

        @Override
        void accept(Dissection d) {
            batch.add(d);
            unflushed = true;
            if (batch.size() == BATCH) {
                submitBatch();
            }
        }

        @Override
        void idle() {
            if (unflushed) {
                unflushed = false;
                submitBatch();
                handOff(FLUSH);
            }
        }

        private void submitBatch() {
            if (!batch.isEmpty()) {
                List<Dissection> b = batch;
                batch = new ArrayList<>(BATCH);
                handOff(workers.submit(() -> render(b)));
            }
        }

        @Override
        void finish() {
            submitBatch();
            handOff(END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.shutdown();
            rethrow();
        }

        private BatchWriter render(List<Dissection> b) {
            BatchWriter text = written.poll();
            if (text == null) {
                text = new BatchWriter(expectedBytes);
            } else {
                text.clear();
            }
            PacketRenderer r = factory.apply(text);
            for (Dissection d : b) {
                r.packet(d);
            }
            r.flush();
            // Size the next batch's buffer from this one, so it rarely has to grow.
            expectedBytes = Math.max(expectedBytes, text.length() + text.length() / 8);
            return text;
        }

        private void handOff(Future<BatchWriter> f) {
            rethrow();
            try {
                queue.put(f);
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
                    Future<BatchWriter> f = queue.take();
                    if (f == END) {
                        out.flush();
                        return;
                    }
                    if (f == FLUSH) {
                        out.flush();
                        continue;
                    }
                    write(f);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void write(Future<BatchWriter> f) throws InterruptedException {
            try {
                BatchWriter text = f.get();
                if (failure == null) {
                    Utf8PrintWriter.writeUtf8(out, text.bytes(), text.length());
                }
                // No more are kept than the queue holds: the most that are ever filled at once.
                if (written.size() < keep) {
                    written.offer(text);
                }
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }
}
