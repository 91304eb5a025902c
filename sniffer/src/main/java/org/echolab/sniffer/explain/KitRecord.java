package org.echolab.sniffer.explain;

/**
 * One AES-256-GCM record of the secure pair, or the part of it that one segment carries.
 *
 * <pre>
 * +---------------+-----------------------+----------------------+--------------+
 * | L (uint32)    | nonce (12 bytes)      | AES-256-GCM          | GCM tag      |
 * | = 12 + C + 16 | direction | sequence  | ciphertext (C bytes) | (16 bytes)   |
 * +---------------+-----------+-----------+----------------------+--------------+
 *  0               4           8           16                    16+C           32+C
 * </pre>
 *
 * @param index 0-based count of records in this direction of the stream, as the sniffer saw them
 * @param fromClient true for client → server (nonce direction 1), false for server → client (2)
 * @param nonceSequence the uint64 sequence from the nonce, -1 when the nonce is not in this segment
 * @param recordLength L, the length field: nonce + ciphertext + tag
 * @param offset where the piece starts in this segment's payload
 * @param bytesHere how many of the record's {@code 4 + L} bytes this segment carries
 * @param part whether the whole record is here, or only its start, middle or end
 */
public record KitRecord(int index, boolean fromClient, long nonceSequence, int recordLength, int offset,
        int bytesHere, Part part) {
    /** Size of the length field. */
    static final int LENGTH_SIZE = 4;
    /** Size of the nonce: uint32 direction ‖ uint64 sequence. */
    static final int NONCE_SIZE = 12;
    /** Size of the GCM tag. */
    static final int TAG_SIZE = 16;
    /** Smallest L: an empty plaintext. */
    static final int MIN_LENGTH = NONCE_SIZE + TAG_SIZE;
    /** Largest L (64 KiB). */
    static final int MAX_LENGTH = 65536;

    /** Which part of the record a segment holds. */
    public enum Part {
        WHOLE, START, MIDDLE, END
    }

    /** C: the ciphertext length, which GCM keeps equal to the plaintext length. */
    public int ciphertextLength() {
        return recordLength - NONCE_SIZE - TAG_SIZE;
    }

    /** The record's size on the wire, length field included. */
    public int totalLength() {
        return LENGTH_SIZE + recordLength;
    }

    /** The nonce direction number: 1 client → server, 2 server → client. */
    public int direction() {
        return fromClient ? 1 : 2;
    }
}
