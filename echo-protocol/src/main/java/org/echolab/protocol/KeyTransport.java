package org.echolab.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client's second flight: a fresh AES-256 key encrypted to the server's RSA key with
 * OAEP (SHA-256, MGF1-SHA-256). Exactly 256 bytes, no header.
 */
public final class KeyTransport {
    private KeyTransport() {
    }

    /** Encrypts {@code aesKey} to {@code serverKey}: the 256 bytes to send in one write. */
    public static byte[] wrap(PublicKey serverKey, SecretKey aesKey) {
        try {
            Cipher rsa = Crypto.keyTransportCipher();
            rsa.init(Cipher.ENCRYPT_MODE, serverKey, Crypto.OAEP);
            return rsa.doFinal(aesKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the 256 bytes of a key transport. */
    public static byte[] read(InputStream in) throws IOException {
        byte[] wrapped = new byte[Wire.KEY_TRANSPORT_SIZE];
        StreamIo.readRequired(in, wrapped, "protocol.truncated.keyTransport");
        return wrapped;
    }

    /**
     * Decrypts a key transport.
     *
     * @throws KeyTransportException if OAEP decryption fails or the key is not 32 bytes
     */
    public static SecretKey unwrap(PrivateKey serverKey, byte[] wrapped) throws KeyTransportException {
        byte[] key;
        try {
            Cipher rsa = NativeRsa.decryptor(serverKey);
            if (rsa == null) {
                rsa = Crypto.keyTransportCipher();
                rsa.init(Cipher.DECRYPT_MODE, serverKey, Crypto.OAEP);
            }
            key = rsa.doFinal(wrapped);
        } catch (GeneralSecurityException | org.bouncycastle.crypto.DataLengthException e) {
            // BouncyCastle reports a block numerically larger than the modulus (random garbage,
            // about half the time) with an unchecked DataLengthException: the same failure.
            throw new KeyTransportException("protocol.keyTransport.oaep", e.getClass().getSimpleName());
        }
        if (key.length != Wire.AES_KEY_SIZE) {
            throw new KeyTransportException("protocol.keyTransport.size", Wire.AES_KEY_SIZE, key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
