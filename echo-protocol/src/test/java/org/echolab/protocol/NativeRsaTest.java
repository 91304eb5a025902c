package org.echolab.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class NativeRsaTest {
    private static final boolean LINUX_X86_64 = System.getProperty("os.name").startsWith("Linux")
            && System.getProperty("os.arch").equals("amd64");

    @Test
    void nativeRsaLoadsOnLinuxX8664() {
        assumeTrue(LINUX_X86_64, "the bundled native provider is built for Linux x86-64 only");
        // Without it the secure server still works, at a third of the handshakes per second.
        assertTrue(NativeRsa.available(), "native RSA provider failed to load");
    }

    @Test
    void nativeAndBouncyCastleRecoverTheSameKey() throws GeneralSecurityException {
        assumeTrue(NativeRsa.available(), "no native RSA provider on this platform");
        KeyPair server = Crypto.newRsaKeyPair();
        SecretKey aes = Crypto.newAesKey();
        byte[] wrapped = KeyTransport.wrap(server.getPublic(), aes);
        Cipher bc = Crypto.keyTransportCipher();
        bc.init(Cipher.DECRYPT_MODE, server.getPrivate(), Crypto.OAEP);
        assertArrayEquals(aes.getEncoded(), bc.doFinal(wrapped));
        assertArrayEquals(aes.getEncoded(), NativeRsa.decryptor(server.getPrivate()).doFinal(wrapped));
        // A second server key must not reuse the first one's translation.
        KeyPair other = Crypto.newRsaKeyPair();
        assertThrows(GeneralSecurityException.class, () -> NativeRsa.decryptor(other.getPrivate()).doFinal(wrapped));
    }
}
