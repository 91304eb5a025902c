package org.echolab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lab 3 "who closes first": with {@code -m}, the client leaves the server a moment to close
 * first, so a server that closes right after its echo really sends the first FIN; a server that
 * stays open still sees the client close.
 */
@Timeout(30)
class WhoClosesFirstTest {
    @Test
    void aServerThatClosesRightAfterItsEchoSendsTheFirstFin() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Boolean> clientClosedFirst = CompletableFuture.supplyAsync(() -> echoThen(server, true));
            CliRun run = CliRun.of("plain", "--port", Integer.toString(server.getLocalPort()), "-m", "HELLO");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("HELLO", run.out().strip());
            assertEquals(false, clientClosedFirst.get(10, TimeUnit.SECONDS), "the server's FIN must come first");
        }
    }

    @Test
    void aServerThatStaysOpenSeesTheClientCloseFirst() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Boolean> clientClosed = CompletableFuture.supplyAsync(() -> echoThen(server, false));
            CliRun run = CliRun.of("plain", "--port", Integer.toString(server.getLocalPort()), "-m", "HELLO");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(true, clientClosed.get(10, TimeUnit.SECONDS), "the client closes when the server does not");
        }
    }

    /**
     * Accepts one client, echoes 5 bytes, then (after a pause the client's own processing would fill)
     * reports whether the client had already closed; closes itself when {@code closeAfterEcho}.
     */
    private static boolean echoThen(ServerSocket server, boolean closeAfterEcho) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            s.getOutputStream().write(in.readNBytes(5));
            s.setSoTimeout(closeAfterEcho ? 50 : 5_000);
            try {
                return in.read() < 0;
            } catch (SocketTimeoutException e) {
                return false;
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
