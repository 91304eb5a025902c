package org.echolab.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A load generator for plain echo servers: {@code clients} connections on loopback, each doing
 * round trips of one {@link #MESSAGE_SIZE}-byte message (send, wait for the whole echo, repeat).
 *
 * <p>Two modes. Closed loop ({@code interval == 0}): the next message leaves as soon as the
 * echo is back, which measures the most round trips per second. Paced ({@code interval > 0}):
 * each client sends on a fixed schedule, and latency counts from the time the message was
 * due, not when it actually left, so a stalled server cannot hide its stall (no coordinated
 * omission, as in wrk2).
 */
final class EchoLoad {
    static final int MESSAGE_SIZE = 64;
    private static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** The outcome of one bounded run. */
    record Result(long roundTrips, double seconds, Histogram latency, long mismatches) {
        double perSecond() {
            return roundTrips / seconds;
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private EchoLoad() {
    }

    static Result run(int port, int clients, int threads, long warmupNanos, long measureNanos, long intervalNanos)
            throws IOException, InterruptedException {
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(intervalNanos));
        }
        for (int c = 0; c < clients; c++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            workers.get(c % threads).add(channel, c);
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Thread> running = new ArrayList<>();
        for (Worker worker : workers) {
            Thread thread = new Thread(() -> worker.loop(start, start + warmupNanos, start + warmupNanos + measureNanos));
            thread.start();
            running.add(thread);
        }
        Histogram all = new Histogram(HIGHEST_NANOS, 3);
        long trips = 0;
        long mismatches = 0;
        for (int i = 0; i < workers.size(); i++) {
            running.get(i).join();
            Worker worker = workers.get(i);
            if (worker.failure != null) {
                throw worker.failure;
            }
            all.add(worker.latency);
            trips += worker.trips;
            mismatches += worker.mismatches;
            worker.closeAll();
        }
        return new Result(trips, measureNanos / 1e9, all, mismatches);
    }

    /** One selector thread driving its share of the clients. */
    private static final class Worker {
        private final long interval;
        private final Selector selector;
        private final List<Client> clients = new ArrayList<>();
        private final Histogram latency = new Histogram(HIGHEST_NANOS, 3);
        private long trips;
        private long mismatches;
        private IOException failure;

        Worker(long interval) throws IOException {
            this.interval = interval;
            this.selector = Selector.open();
        }

        void add(SocketChannel channel, int id) throws IOException {
            Client client = new Client(channel, id);
            client.key = channel.register(selector, SelectionKey.OP_READ, client);
            clients.add(client);
        }

        void loop(long start, long measureFrom, long end) {
            try {
                for (Client client : clients) {
                    // Paced clients start spread over one interval so they do not all fire together.
                    client.due = interval == 0 ? start : start + (interval * client.id / 997) % interval;
                }
                long now;
                boolean first = true;
                while ((now = System.nanoTime()) < end) {
                    // Closed loop: after the first pass every send happens as its echo arrives.
                    if (interval != 0 || first) {
                        for (Client client : clients) {
                            if (!client.waiting && now - client.due >= 0) {
                                client.send(now);
                            }
                        }
                        first = now - start < 0;
                    }
                    if (interval == 0) {
                        selector.select(10);
                    } else {
                        selector.select(1);
                    }
                    now = System.nanoTime();
                    for (SelectionKey key : selector.selectedKeys()) {
                        Client client = (Client) key.attachment();
                        if (key.isWritable()) {
                            client.flush();
                        }
                        if (key.isReadable() && client.receive()) {
                            boolean same = client.echoMatches();
                            if (now - measureFrom >= 0 && now - end < 0) {
                                latency.recordValue(Math.min(HIGHEST_NANOS, now - client.due));
                                trips++;
                                mismatches += same ? 0 : 1;
                            }
                            client.due = interval == 0 ? now : client.due + interval;
                            if (interval == 0) {
                                client.send(now);
                            }
                        }
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException e) {
                failure = e;
            }
        }

        void closeAll() throws IOException {
            for (Client client : clients) {
                client.channel.close();
            }
            selector.close();
        }
    }

    /** One connection: a message in flight and the echo collected so far. */
    private static final class Client {
        final SocketChannel channel;
        final int id;
        final ByteBuffer out = ByteBuffer.allocate(MESSAGE_SIZE);
        final ByteBuffer in = ByteBuffer.allocate(MESSAGE_SIZE);
        SelectionKey key;
        long due;
        long counter;
        boolean waiting;

        Client(SocketChannel channel, int id) {
            this.channel = channel;
            this.id = id;
        }

        void send(long now) throws IOException {
            counter++;
            out.clear();
            while (out.hasRemaining()) {
                out.putLong(counter ^ ((long) id << 40));
            }
            out.flip();
            waiting = true;
            flush();
        }

        void flush() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what arrived; true once the whole echo is in. */
        boolean receive() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("server closed client " + id);
            }
            if (in.hasRemaining()) {
                return false;
            }
            waiting = false;
            return true;
        }

        boolean echoMatches() {
            boolean same = Arrays.equals(in.array(), out.array());
            in.clear();
            return same;
        }
    }
}
