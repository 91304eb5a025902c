package org.echolab.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

    @Test
    void helloIsOneRecordOfThirtySevenBytes() {
        byte[] record = new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(bytes("HELLO"));
        assertEquals(37, record.length);
        // length 0x21 = 33 = 12 + 5 + 16, then direction 1, sequence 0
        assertEquals("00000021" + "00000001" + "0000000000000000", HEX.formatHex(record, 0, 16));
    }

    @Test
    void recordFromHexOpensToHello() throws IOException {
        // HELLO sealed with the all-zero key, client -> server, sequence 0
        byte[] record = new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(bytes("HELLO"));
        byte[] fromHex = HEX.parseHex(HEX.formatHex(record));
        assertArrayEquals(bytes("HELLO"), reader().read(new ByteArrayInputStream(fromHex)));
    }

    @Test
    void cleanEndBetweenRecordsReadsAsNull() throws IOException {
        assertNull(reader().read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void oversizedLengthIsRejectedBeforeAllocating() {
        byte[] header = HEX.parseHex("00100000"); // 1 MiB, no body follows
        BadLengthException e = assertThrows(BadLengthException.class,
                () -> reader().read(new ByteArrayInputStream(header)));
        assertEquals("record length must be 28..65536, got 1048576", e.getMessage());
    }

    @Test
    void lengthBelowNonceAndTagIsRejected() {
        byte[] header = HEX.parseHex("0000001b"); // 27
        BadLengthException e = assertThrows(BadLengthException.class,
                () -> reader().read(new ByteArrayInputStream(header)));
        assertEquals("record length must be 28..65536, got 27", e.getMessage());
    }

    @Test
    void flippedBitIsRejectedAsModified() {
        byte[] record = new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(bytes("HELLO"));
        record[20] ^= 0x01;
        TamperedRecordException e = assertThrows(TamperedRecordException.class,
                () -> reader().read(new ByteArrayInputStream(record)));
        assertEquals("modified record: GCM tag check failed for sequence 0", e.getMessage());
    }

    @Test
    void replayedRecordIsRejected() throws IOException {
        RecordWriter writer = new RecordWriter(KEY, Direction.CLIENT_TO_SERVER);
        byte[] first = writer.seal(bytes("a"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            stream.write(i == 0 ? first : writer.seal(bytes("b")));
        }
        stream.write(new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(bytes("a")));
        RecordReader reader = reader();
        ByteArrayInputStream in = new ByteArrayInputStream(stream.toByteArray());
        for (int i = 0; i < 3; i++) {
            reader.read(in);
        }
        ReplayedRecordException e = assertThrows(ReplayedRecordException.class, () -> reader.read(in));
        assertEquals("replayed or reordered record: expected sequence 3, got 0", e.getMessage());
    }

    @Test
    void recordFromTheOtherDirectionIsRejected() {
        byte[] echo = new RecordWriter(KEY, Direction.SERVER_TO_CLIENT).seal(bytes("HELLO"));
        ReplayedRecordException e = assertThrows(ReplayedRecordException.class,
                () -> reader().read(new ByteArrayInputStream(echo)));
        assertEquals("record from the wrong direction: expected direction 1, got 2", e.getMessage());
    }

    @Test
    void recordCutShortIsTruncated() {
        byte[] record = new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(bytes("HELLO"));
        byte[] cut = java.util.Arrays.copyOf(record, 20);
        TruncatedException e = assertThrows(TruncatedException.class,
                () -> reader().read(new ByteArrayInputStream(cut)));
        assertEquals("connection closed inside a record after 16 of 33 bytes", e.getMessage());
    }

    @Test
    void noncesNeverRepeatAcrossManyRecords() {
        RecordWriter writer = new RecordWriter(KEY, Direction.SERVER_TO_CLIENT);
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            nonces.add(HEX.formatHex(writer.seal(new byte[1]), 4, 16));
        }
        nonces.add(HEX.formatHex(new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).seal(new byte[1]), 4, 16));
        assertEquals(10_001, nonces.size());
    }

    @Test
    void longMessagesAreSplitIntoRecordsOfAtMostSixtyFourKibibytes() throws IOException {
        byte[] message = new byte[Wire.MAX_PLAINTEXT * 2 + 10];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordWriter(KEY, Direction.CLIENT_TO_SERVER).write(out, message);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        RecordReader reader = reader();
        assertEquals(Wire.MAX_PLAINTEXT, reader.read(in).length);
        assertEquals(Wire.MAX_PLAINTEXT, reader.read(in).length);
        assertEquals(10, reader.read(in).length);
        assertNull(reader.read(in));
    }

    private static RecordReader reader() {
        return new RecordReader(KEY, Direction.CLIENT_TO_SERVER);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
