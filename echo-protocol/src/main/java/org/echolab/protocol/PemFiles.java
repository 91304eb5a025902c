package org.echolab.protocol;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Reads and writes RSA keys as PEM: private keys as PKCS#8 ({@code PRIVATE KEY}), public keys
 * as X.509 SubjectPublicKeyInfo ({@code PUBLIC KEY}), the formats {@code openssl} uses.
 */
public final class PemFiles {
    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private PemFiles() {
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem(PRIVATE_KEY, key.getEncoded());
    }

    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC_KEY, key.getEncoded());
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        try {
            return Crypto.rsaPrivateKey(read(file, PRIVATE_KEY));
        } catch (GeneralSecurityException e) {
            throw new ProtocolException("pem.badKey", file, e.getMessage());
        }
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        try {
            return Crypto.rsaPublicKey(read(file, PUBLIC_KEY));
        } catch (GeneralSecurityException e) {
            throw new ProtocolException("pem.badKey", file, e.getMessage());
        }
    }

    private static byte[] read(Path file, String type) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PemReader pem = new PemReader(reader)) {
            PemObject object = pem.readPemObject();
            if (object == null || !type.equals(object.getType())) {
                throw new ProtocolException("pem.wrongType", file, type, object == null ? "-" : object.getType());
            }
            return object.getContent();
        }
    }

    private static String pem(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
