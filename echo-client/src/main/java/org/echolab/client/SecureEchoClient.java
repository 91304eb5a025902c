package org.echolab.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.echolab.cli.UserException;
import org.echolab.protocol.BadMagicException;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Direction;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.ProtocolException;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;

/**
 * The secure echo client: reads and checks the server's key record, sends a fresh AES key in
 * one 256-byte write, then exchanges AES-GCM records (see PROTOCOL.md).
 */
public final class SecureEchoClient implements AutoCloseable, Conversation.Echo {
    private final ClientSettings settings;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String fingerprint;
    private final RecordWriter writer;
    private final RecordReader reader;

    private SecureEchoClient(ClientSettings settings, Socket socket, ServerKeyCheck check,
                             ServerKeyCheck.Notices notices) throws IOException {
        this.settings = settings;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        PublicKey serverKey = readKeyRecord();
        this.fingerprint = Fingerprint.of(serverKey);
        check.check(settings.address(), serverKey, notices);
        SecretKey key = Crypto.newAesKey();
        out.write(KeyTransport.wrap(serverKey, key));
        out.flush();
        this.writer = new RecordWriter(key, Direction.CLIENT_TO_SERVER);
        this.reader = new RecordReader(key, Direction.SERVER_TO_CLIENT);
    }

    /** Connects, checks the server key with {@code check} and sends the key transport. */
    static SecureEchoClient connect(ClientSettings settings, ServerKeyCheck check,
                                    ServerKeyCheck.Notices notices) throws IOException {
        Socket socket = Connections.open(settings, "secure");
        try {
            return new SecureEchoClient(settings, socket, check, notices);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Connects trusting exactly the key with fingerprint {@code pinnedFingerprint} (tests, labs). */
    public static SecureEchoClient connect(ClientSettings settings, String pinnedFingerprint) throws IOException {
        return connect(settings, PinnedKey.parse(pinnedFingerprint), (key, args) -> { });
    }

    /** The fingerprint of the key the server sent. */
    public String serverFingerprint() {
        return fingerprint;
    }

    private PublicKey readKeyRecord() throws IOException {
        try {
            return KeyRecord.read(in);
        } catch (SocketTimeoutException e) {
            throw new UserException("client.error.noKeyRecord", settings.address(),
                    Long.toString(settings.timeoutSeconds()));
        } catch (BadMagicException e) {
            throw new UserException("client.error.notSecure", settings.address(), e.describe(settings.locale()));
        } catch (ProtocolException e) {
            throw new UserException("client.error.protocol", settings.address(), e.describe(settings.locale()));
        }
    }

    /** Sends {@code message} as records and reads records until as many bytes came back. */
    public byte[] echo(byte[] message) throws IOException {
        ByteArrayOutputStream echo = new ByteArrayOutputStream(message.length);
        try {
            writer.write(out, message);
            while (echo.size() < message.length) {
                byte[] plaintext = reader.read(in);
                if (plaintext == null) {
                    throw new UserException("client.error.closedEarly", settings.address(),
                            Integer.toString(echo.size()), Integer.toString(message.length));
                }
                echo.write(plaintext);
            }
        } catch (SocketTimeoutException e) {
            throw new UserException("client.error.timeout", settings.address(),
                    Long.toString(settings.timeoutSeconds()), Integer.toString(echo.size()),
                    Integer.toString(message.length));
        } catch (ProtocolException e) {
            throw new UserException("client.error.protocol", settings.address(), e.describe(settings.locale()));
        }
        return echo.toByteArray();
    }

    /** Reads until the server's FIN or {@code millis} pass, whichever comes first. */
    @Override
    public void awaitServerClose(int millis) throws IOException {
        Connections.awaitPeerClose(socket, in, millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
