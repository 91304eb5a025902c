package org.echolab.server;

import static org.echolab.server.PlainEchoServerTest.bytes;
import static org.echolab.server.PlainEchoServerTest.connect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.Direction;
import org.echolab.protocol.KeyRecord;
import org.echolab.protocol.KeyTransport;
import org.echolab.protocol.RecordReader;
import org.echolab.protocol.RecordWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecureEchoServerTest {
    private static KeyPair keys;
    private final LogRecorder recorder = new LogRecorder();
    private SecureEchoServer server;

    @BeforeAll
    static void generateKeys() {
        keys = Crypto.newRsaKeyPair();
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void echoesHelloInsideARecord() throws Exception {
        start(ServerConfig.loopback());
        assertRoundTrip();
        recorder.await("closed by the client", "received 293 bytes, sent 337 bytes");
    }

    @Test
    void garbageKeyTransportFailsOaepAndOthersAreStillServed() throws Exception {
        start(ServerConfig.loopback());
        try (Socket socket = connect(server.port())) {
            KeyRecord.read(socket.getInputStream());
            byte[] garbage = new byte[256];
            Arrays.fill(garbage, (byte) 'G');
            socket.getOutputStream().write(garbage);
            assertEquals(-1, socket.getInputStream().read());
        }
        recorder.await("closed by the server (error: key transport failed OAEP decryption");
        assertRoundTrip();
    }

    @Test
    void truncatedKeyTransportIsOneLine() throws Exception {
        start(ServerConfig.loopback());
        try (Socket socket = connect(server.port())) {
            KeyRecord.read(socket.getInputStream());
            socket.getOutputStream().write(new byte[100]);
            socket.shutdownOutput();
            assertEquals(-1, socket.getInputStream().read());
        }
        recorder.await("127.0.0.1:", "truncated key transport: connection closed after 100 of 256 bytes");
        assertRoundTrip();
    }

    @Test
    void keyTransportThatStopsHalfwayTimesOut() throws Exception {
        start(ServerConfig.loopback().withIdleTimeout(Duration.ofMillis(500)));
        try (Socket socket = connect(server.port())) {
            KeyRecord.read(socket.getInputStream());
            socket.getOutputStream().write(new byte[100]);
            assertEquals(-1, socket.getInputStream().read());
        }
        recorder.await("truncated key transport: timed out after 100 of 256 bytes");
    }

    @Test
    void oversizedLengthFieldIsRejected() throws Exception {
        start(ServerConfig.loopback());
        try (Client client = new Client(server.port())) {
            client.out.write(HexFormat.of().parseHex("00100000")); // L = 1 MiB, never sent
            assertEquals(-1, client.in.read());
        }
        recorder.await("record length must be 28..65536, got 1048576");
        assertRoundTrip();
    }

    @Test
    void lengthTooShortForNonceAndTagIsRejected() throws Exception {
        start(ServerConfig.loopback());
        try (Client client = new Client(server.port())) {
            client.out.write(HexFormat.of().parseHex("0000000a0102030405060708090a"));
            assertEquals(-1, client.in.read());
        }
        recorder.await("record length must be 28..65536, got 10");
    }

    @Test
    void flippedBitInARecordIsRejectedAsModified() throws Exception {
        start(ServerConfig.loopback());
        try (Client client = new Client(server.port())) {
            byte[] record = client.writer.seal(bytes("HELLO"));
            record[record.length - 1] ^= 0x01;
            client.out.write(record);
            assertEquals(-1, client.in.read());
        }
        recorder.await("modified record: GCM tag check failed for sequence 0");
        assertRoundTrip();
    }

    @Test
    void replayedRecordIsRejected() throws Exception {
        start(ServerConfig.loopback());
        try (Client client = new Client(server.port())) {
            byte[] record = client.writer.seal(bytes("HELLO"));
            client.out.write(record);
            assertArrayEquals(bytes("HELLO"), client.reader.read(client.in));
            client.out.write(record);
            assertEquals(-1, client.in.read());
        }
        recorder.await("replayed or reordered record: expected sequence 1, got 0");
        assertRoundTrip();
    }

    @Test
    void closeAfterEchoMakesTheServerSendTheFirstFin() throws Exception {
        start(ServerConfig.loopback().withCloseAfterEcho(true));
        try (Client client = new Client(server.port())) {
            client.writer.write(client.out, bytes("HELLO"));
            assertArrayEquals(bytes("HELLO"), client.reader.read(client.in));
            assertEquals(-1, client.in.read());
        }
        recorder.await("closed by the server (--close-after-echo");
    }

    private void start(ServerConfig config) throws IOException {
        server = SecureEchoServer.start(config, keys, recorder.log());
    }

    private void assertRoundTrip() throws IOException {
        try (Client client = new Client(server.port())) {
            client.writer.write(client.out, bytes("HELLO"));
            assertArrayEquals(bytes("HELLO"), client.reader.read(client.in));
        }
    }

    /** A minimal secure client: key record read, key transport sent, ready for records. */
    private static final class Client implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final RecordWriter writer;
        final RecordReader reader;

        Client(int port) throws IOException {
            socket = connect(port);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            SecretKey key = Crypto.newAesKey();
            out.write(KeyTransport.wrap(KeyRecord.read(in), key));
            writer = new RecordWriter(key, Direction.CLIENT_TO_SERVER);
            reader = new RecordReader(key, Direction.SERVER_TO_CLIENT);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
