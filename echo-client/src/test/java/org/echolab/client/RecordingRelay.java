package org.echolab.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A tiny TCP proxy on loopback for one connection: records the bytes each way, as a packet
 * capture would see them, and can alter the client's bytes on their way to the server.
 */
final class RecordingRelay implements AutoCloseable {
    /** Changes a chunk of the client's stream; {@code offset} is where the chunk starts. */
    interface Tamper {
        byte[] apply(long offset, byte[] chunk);
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final Tamper tamper;
    private final ByteArrayOutputStream clientToServer = new ByteArrayOutputStream();
    private final ByteArrayOutputStream serverToClient = new ByteArrayOutputStream();
    private final CountDownLatch finished = new CountDownLatch(2);

    RecordingRelay(int targetPort, Tamper tamper) throws IOException {
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.tamper = tamper;
        Thread acceptor = new Thread(this::relayOne, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    RecordingRelay(int targetPort) throws IOException {
        this(targetPort, (offset, chunk) -> chunk);
    }

    /** Flips the lowest bit of the client's byte at {@code position}. */
    static Tamper flipBitAt(long position) {
        return (offset, chunk) -> {
            if (offset <= position && position < offset + chunk.length) {
                chunk[(int) (position - offset)] ^= 0x01;
            }
            return chunk;
        };
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Waits until both directions ended, then returns what the client sent (before tampering). */
    byte[] clientToServer() throws InterruptedException {
        finished.await(10, TimeUnit.SECONDS);
        synchronized (clientToServer) {
            return clientToServer.toByteArray();
        }
    }

    /** Waits until both directions ended, then returns what the server sent. */
    byte[] serverToClient() throws InterruptedException {
        finished.await(10, TimeUnit.SECONDS);
        synchronized (serverToClient) {
            return serverToClient.toByteArray();
        }
    }

    private void relayOne() {
        try (Socket client = listener.accept();
             Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            Thread up = pump(client, server, clientToServer, tamper);
            Thread down = pump(server, client, serverToClient, (offset, chunk) -> chunk);
            up.join();
            down.join();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Thread pump(Socket from, Socket to, ByteArrayOutputStream record, Tamper change) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            long offset = 0;
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    byte[] chunk = Arrays.copyOf(buffer, n);
                    synchronized (record) {
                        record.write(chunk);
                    }
                    out.write(change.apply(offset, chunk));
                    offset += n;
                }
                to.shutdownOutput();
            } catch (IOException connectionEndedAbruptly) {
                abort(from, to);
            } finally {
                finished.countDown();
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One side reset or closed: end the other side too, as a real path would. */
    private static void abort(Socket a, Socket b) {
        try {
            a.close();
            b.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
