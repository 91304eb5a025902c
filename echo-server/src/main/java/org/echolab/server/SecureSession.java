package org.echolab.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import javax.crypto.SecretKey;
import org.echolab.protocol.Direction;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;

/**
 * The secure echo protocol for one connection, over plain streams (so tests can pipe it):
 * send the key record, read the key transport, then open each client record and send its
 * plaintext back as a server record. Any protocol violation ends it with a
 * {@link org.echolab.protocol.ProtocolException}.
 */
final class SecureSession {
    /** How a session that did not fail ended. */
    enum Ending {
        /** The client closed the connection between records. */
        CLIENT_CLOSED,
        /** The server stops after the first echo ({@code --close-after-echo}). */
        CLOSE_AFTER_ECHO
    }

    private final KeyPair serverKeys;
    private final byte[] keyRecord;
    private final boolean closeAfterEcho;
    private final Runnable unitReceived;

    /**
     * {@code keyRecord} is {@link KeyRecord#encode} of the public key, made once per server;
     * {@code unitReceived} runs after the key transport and after each record has been read.
     */
    SecureSession(KeyPair serverKeys, byte[] keyRecord, boolean closeAfterEcho, Runnable unitReceived) {
        this.serverKeys = serverKeys;
        this.keyRecord = keyRecord;
        this.closeAfterEcho = closeAfterEcho;
        this.unitReceived = unitReceived;
    }

    Ending run(InputStream in, OutputStream out) throws IOException {
        out.write(keyRecord);
        out.flush();
        byte[] wrapped = KeyTransport.read(in);
        unitReceived.run();
        SecretKey key = KeyTransport.unwrap(serverKeys.getPrivate(), wrapped);
        RecordReader reader = new RecordReader(key, Direction.CLIENT_TO_SERVER);
        RecordWriter writer = new RecordWriter(key, Direction.SERVER_TO_CLIENT);
        byte[] plaintext;
        while ((plaintext = reader.read(in)) != null) {
            unitReceived.run();
            writer.write(out, plaintext);
            if (closeAfterEcho) {
                return Ending.CLOSE_AFTER_ECHO;
            }
        }
        return Ending.CLIENT_CLOSED;
    }
}
