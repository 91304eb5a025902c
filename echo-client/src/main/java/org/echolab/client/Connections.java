package org.echolab.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.echolab.cli.UserException;

/** Opens the client's TCP connection and turns the usual failures into one-line messages. */
final class Connections {
    private Connections() {
    }

    /**
     * Connects (a failed {@link Socket#connect} closes the socket itself).
     *
     * @param kind {@code plain} or {@code secure}: which server the message tells the user to start
     */
    static Socket open(ClientSettings settings, String kind) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), settings.timeoutMillis());
            socket.setSoTimeout(settings.timeoutMillis());
            return socket;
        } catch (UnknownHostException e) {
            throw new UserException("client.error.unknownHost", settings.host());
        } catch (ConnectException e) {
            throw new UserException("client.error.noServer." + kind, settings.address());
        } catch (SocketTimeoutException e) {
            throw new UserException("client.error.connectTimeout", settings.address(), Long.toString(settings.timeoutSeconds()));
        } catch (IOException e) {
            throw new UserException("client.error.connect", settings.address(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads until the peer's FIN or {@code millis} pass. Anything the peer still sends is
     * discarded: the conversation is over and the caller is about to close.
     */
    static void awaitPeerClose(Socket socket, java.io.InputStream in, int millis) throws IOException {
        if (millis <= 0) {
            throw new IllegalArgumentException("millis must be positive (0 would wait forever): " + millis);
        }
        int before = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        long deadline = System.nanoTime() + millis * 1_000_000L;
        try {
            while (System.nanoTime() < deadline && in.read() >= 0) {
                continue;
            }
        } catch (java.net.SocketTimeoutException e) {
            // The server keeps the connection open: the client will send the first FIN.
            return;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(before);
            }
        }
    }
}
