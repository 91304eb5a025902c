package org.echolab.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.echolab.cli.ExitCodes;
import org.echolab.cli.Messages;

/**
 * What both clients do once connected: echo the {@code -m} message once, or else every line
 * typed on stdin. A line is sent WITHOUT its newline, so typing HELLO puts exactly the five
 * bytes of HELLO on the wire; an empty line sends nothing. End of input (Ctrl-D) closes.
 */
final class Conversation {
    /**
     * How long, after the {@code -m} echo, the client waits for the server to close first before it
     * closes itself: long enough that a server started with {@code --close-after-echo} reliably
     * sends the first FIN, short enough not to be noticed otherwise.
     */
    static final int SERVER_CLOSE_GRACE_MILLIS = 150;

    /** An open connection to an echo server. */
    interface Echo {
        byte[] echo(byte[] message) throws IOException;

        /** Waits up to {@code millis} for the server's FIN; returns early when it arrives. */
        void awaitServerClose(int millis) throws IOException;
    }

    private Conversation() {
    }

    static int run(Echo connection, String message, InputStream stdin, PrintWriter out, PrintWriter err,
                   Messages messages, String address) throws IOException {
        if (message != null) {
            print(connection.echo(message.getBytes(StandardCharsets.UTF_8)), out);
            connection.awaitServerClose(SERVER_CLOSE_GRACE_MILLIS);
            return ExitCodes.OK;
        }
        err.println(messages.get("client.interactive", address));
        err.flush();
        BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (!line.isEmpty()) {
                print(connection.echo(line.getBytes(StandardCharsets.UTF_8)), out);
            }
        }
        return ExitCodes.OK;
    }

    private static void print(byte[] echo, PrintWriter out) {
        out.println(new String(echo, StandardCharsets.UTF_8));
        out.flush();
    }
}
