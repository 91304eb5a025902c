package org.echolab.protocol;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.PKCS8EncodedKeySpec;
import javax.crypto.Cipher;

/**
 * The server's RSA private-key operation in native code (AWS-LC, through the Amazon Corretto
 * Crypto Provider), when that provider is on the class path and runs on this platform. RSA
 * in pure Java is several times slower than OpenSSL, and the key transport decryption is what
 * limits the secure server's handshakes per second. Anywhere else (macOS, Windows, the client
 * jars) {@link #decryptor} returns null and BouncyCastle does the same computation.
 */
final class NativeRsa {
    private static final Provider PROVIDER = load();

    /** The last private key translated into the provider's own form, with its original. */
    private record Translated(PrivateKey original, PrivateKey translated) {
    }

    // A server uses one private key: translating it once (a PKCS#8 parse) instead of on every
    // handshake is what makes the native path fast.
    private static volatile Translated last;

    private NativeRsa() {
    }

    /** An OAEP cipher initialised to decrypt with {@code key}, or null without the native provider. */
    static Cipher decryptor(PrivateKey key) throws GeneralSecurityException {
        if (PROVIDER == null) {
            return null;
        }
        Translated cached = last;
        if (cached == null || cached.original() != key) {
            PrivateKey translated = KeyFactory.getInstance("RSA", PROVIDER)
                    .generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
            cached = new Translated(key, translated);
            last = cached;
        }
        Cipher rsa = Cipher.getInstance(Crypto.KEY_TRANSPORT, PROVIDER);
        rsa.init(Cipher.DECRYPT_MODE, cached.translated(), Crypto.OAEP);
        return rsa;
    }

    /** Whether handshakes use the native provider (the benchmark reports it). */
    static boolean available() {
        return PROVIDER != null;
    }

    private static Provider load() {
        try {
            Provider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            return AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError() == null ? provider : null;
        } catch (LinkageError absentOrUnsupported) {
            // Not on the class path (client jars) or no native library for this platform.
            return null;
        }
    }
}
