package org.echolab.protocol;

/**
 * Every constant of the echo-lab wire protocol, in one place, under the byte diagrams of
 * {@code echo-protocol/PROTOCOL.md} (keep the two identical).
 *
 * <pre>
 * Secure pair (port 12345). All integers are unsigned big-endian.
 *
 * 1. Public key record, server -> client, sent on connect (300 bytes for RSA-2048):
 *
 *    +------+------+------+------+-------------+------------------------------+
 *    | 0x45 | 0x4C | 0x4B | 0x31 | N (uint16)  | N bytes: RSA public key as   |
 *    |  'E' |  'L' |  'K' |  '1' |             | X.509 SubjectPublicKeyInfo   |
 *    |      |      |      |      |             | DER (N = 294 for RSA-2048)   |
 *    +------+------+------+------+-------------+------------------------------+
 *     0                           4             6                              6+N
 *    N outside 1..4096 is rejected.
 *
 * 2. Key transport, client -> server, one write, no header (256 bytes):
 *
 *    +--------------------------------------------------------------+
 *    | RSA/ECB/OAEPPadding(SHA-256, MGF1-SHA-256)(32-byte AES key)  |
 *    +--------------------------------------------------------------+
 *     0                                                          256
 *
 * 3. Data record, both directions, after the key transport:
 *
 *    +---------------+-----------------------+----------------------+--------------+
 *    | L (uint32)    | nonce (12 bytes)      | AES-256-GCM          | GCM tag      |
 *    | = 12 + C + 16 | direction | sequence  | ciphertext (C bytes) | (16 bytes)   |
 *    |               | uint32    | uint64    |                      |              |
 *    +---------------+-----------+-----------+----------------------+--------------+
 *     0               4           8           16                    16+C           32+C
 *    L must be 28..65536 (checked before anything is allocated).
 *    direction: 1 = client -> server, 2 = server -> client.
 *    sequence: 0, 1, 2 ... per direction; AAD = the 12 nonce bytes.
 *
 *    "HELLO" -> 00 00 00 21 | 00 00 00 01 00 00 00 00 00 00 00 00 | 5 bytes | 16 bytes  = 37 bytes
 *
 * Plain pair (port 12321): raw bytes, echoed as they arrive, no framing.
 * </pre>
 */
public final class Wire {
    /** The default port of the plain echo pair. */
    public static final int PLAIN_PORT = 12321;
    /** The default port of the secure echo pair. */
    public static final int SECURE_PORT = 12345;

    /** {@code ELK1}: the first four bytes the secure server sends. */
    public static final byte[] KEY_RECORD_MAGIC = {0x45, 0x4C, 0x4B, 0x31};
    /** Size of the magic. */
    public static final int KEY_RECORD_MAGIC_SIZE = 4;
    /** Size of the uint16 key length that follows the magic. */
    public static final int KEY_LENGTH_SIZE = 2;
    /** Size of the key record header (magic + length). */
    public static final int KEY_RECORD_HEADER_SIZE = KEY_RECORD_MAGIC_SIZE + KEY_LENGTH_SIZE;
    /** Smallest public key length the reader accepts. */
    public static final int MIN_KEY_LENGTH = 1;
    /** Largest public key length the reader accepts. */
    public static final int MAX_KEY_LENGTH = 4096;
    /** Size of an RSA-2048 SubjectPublicKeyInfo in DER. */
    public static final int RSA_2048_SPKI_SIZE = 294;

    /** Size of the RSA modulus in bits. */
    public static final int RSA_BITS = 2048;
    /** Size of the key transport: one RSA-2048 block. */
    public static final int KEY_TRANSPORT_SIZE = RSA_BITS / 8;
    /** Size of the AES key carried by the key transport. */
    public static final int AES_KEY_SIZE = 32;

    /** Size of the uint32 record length. */
    public static final int RECORD_LENGTH_SIZE = 4;
    /** Size of the direction part of the nonce. */
    public static final int DIRECTION_SIZE = 4;
    /** Size of the sequence part of the nonce. */
    public static final int SEQUENCE_SIZE = 8;
    /** Size of the GCM nonce (direction + sequence); also the AAD. */
    public static final int NONCE_SIZE = DIRECTION_SIZE + SEQUENCE_SIZE;
    /** Size of the GCM tag appended to the ciphertext. */
    public static final int TAG_SIZE = 16;
    /** Smallest record length L: nonce and tag around an empty plaintext. */
    public static final int MIN_RECORD_LENGTH = NONCE_SIZE + TAG_SIZE;
    /** Largest record length L (64 KiB). */
    public static final int MAX_RECORD_LENGTH = 65536;
    /** Largest plaintext carried by one record; longer messages are split. */
    public static final int MAX_PLAINTEXT = MAX_RECORD_LENGTH - MIN_RECORD_LENGTH;

    /** Direction number of client -> server records. */
    public static final int DIRECTION_CLIENT_TO_SERVER = 1;
    /** Direction number of server -> client records. */
    public static final int DIRECTION_SERVER_TO_CLIENT = 2;

    private Wire() {
    }
}
