package org.echolab.protocol;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Names every cryptographic transformation of the protocol exactly once, with its parameters
 * spelled out so that no provider default chooses for us.
 */
public final class Crypto {
    /** RSA key transport: OAEP with SHA-256 and MGF1-SHA-256, from BouncyCastle. */
    static final String KEY_TRANSPORT = "RSA/ECB/OAEPPadding";
    static final OAEPParameterSpec OAEP = new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    /** Record protection: AES-256 in GCM mode with a 128-bit tag. */
    static final String RECORD = "AES/GCM/NoPadding";
    static final int TAG_BITS = Wire.TAG_SIZE * 8;

    static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {
    }

    /** A fresh RSA-2048 key pair for a server. */
    public static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(Wire.RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh random AES-256 key for one connection. */
    public static SecretKey newAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(Wire.AES_KEY_SIZE * 8, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses an X.509 SubjectPublicKeyInfo (DER) holding an RSA key. */
    public static PublicKey rsaPublicKey(byte[] spki) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA", BC).generatePublic(new X509EncodedKeySpec(spki));
    }

    /** Parses a PKCS#8 PrivateKeyInfo (DER) holding an RSA key. */
    public static PrivateKey rsaPrivateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA", BC).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static Cipher keyTransportCipher() throws GeneralSecurityException {
        return Cipher.getInstance(KEY_TRANSPORT, BC);
    }

    static Cipher recordCipher() throws GeneralSecurityException {
        return Cipher.getInstance(RECORD);
    }
}
