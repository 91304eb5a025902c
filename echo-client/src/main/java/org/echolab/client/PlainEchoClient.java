package org.echolab.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import org.echolab.cli.UserException;
import org.echolab.protocol.Wire;

/**
 * The plain echo client: sends bytes as they are and reads the same number of bytes back.
 *
 * <pre>
 * try (PlainEchoClient client = PlainEchoClient.connect(ClientSettings.loopback(port))) {
 *     byte[] echo = client.echo("HELLO".getBytes(UTF_8));   // 5 bytes each way
 * }
 * </pre>
 * Failures the user can fix are {@link UserException}s with a bundle key.
 */
public final class PlainEchoClient implements AutoCloseable, Conversation.Echo {
    private final ClientSettings settings;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private PlainEchoClient(ClientSettings settings, Socket socket) throws IOException {
        this.settings = settings;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static PlainEchoClient connect(ClientSettings settings) throws IOException {
        return new PlainEchoClient(settings, Connections.open(settings, "plain"));
    }

    /** Sends {@code message} in one write and waits until as many bytes came back. */
    public byte[] echo(byte[] message) throws IOException {
        out.write(message);
        out.flush();
        byte[] echo = new byte[message.length];
        int got = 0;
        while (got < echo.length) {
            int n;
            try {
                n = in.read(echo, got, echo.length - got);
            } catch (SocketTimeoutException e) {
                throw new UserException("client.error.timeout", settings.address(),
                        Long.toString(settings.timeoutSeconds()), Integer.toString(got), Integer.toString(echo.length));
            }
            if (n < 0) {
                throw new UserException("client.error.closedEarly", settings.address(),
                        Integer.toString(got), Integer.toString(echo.length));
            }
            got += n;
            if (startsWithKeyRecordMagic(echo, got, message)) {
                throw new UserException("client.error.securePort", settings.address());
            }
        }
        return echo;
    }

    /** The secure server greets every connection with {@code ELK1}: this is the wrong pair. */
    private static boolean startsWithKeyRecordMagic(byte[] echo, int got, byte[] message) {
        int n = Math.min(Wire.KEY_RECORD_MAGIC_SIZE, echo.length);
        if (got < n) {
            return false;
        }
        byte[] start = Arrays.copyOf(echo, n);
        return Arrays.equals(start, Arrays.copyOf(Wire.KEY_RECORD_MAGIC, n))
                && !Arrays.equals(start, Arrays.copyOf(message, n));
    }

    /** Reads until the server's FIN or {@code millis} pass, whichever comes first. */
    @Override
    public void awaitServerClose(int millis) throws IOException {
        Connections.awaitPeerClose(socket, in, millis);
    }

    /** Closes the connection: the client sends its FIN (unless the server closed first). */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
