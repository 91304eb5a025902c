package org.echolab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import org.echolab.protocol.Crypto;
import org.echolab.protocol.PemFiles;

/**
 * The secure server's long-lived RSA key pair: created on first start, kept as a PKCS#8 PEM
 * private key (mode 600) with the public key PEM beside it for clients to pin.
 *
 * @param keys the key pair
 * @param privateKeyFile where the private key lives
 * @param publicKeyFile where the public key lives ({@code server_key.pub.pem})
 * @param created whether this call generated the pair
 */
public record ServerKeys(KeyPair keys, Path privateKeyFile, Path publicKeyFile, boolean created) {

    /** Loads the key at {@code privateKeyFile}, or generates and saves a new RSA-2048 pair. */
    public static ServerKeys loadOrCreate(Path privateKeyFile) throws IOException {
        Path publicKeyFile = publicKeyFileFor(privateKeyFile);
        if (Files.exists(privateKeyFile)) {
            PrivateKey privateKey = PemFiles.readPrivateKey(privateKeyFile);
            PublicKey publicKey = publicKeyOf(privateKey);
            if (!Files.exists(publicKeyFile)) {
                Files.writeString(publicKeyFile, PemFiles.publicKeyPem(publicKey), StandardCharsets.US_ASCII);
            }
            return new ServerKeys(new KeyPair(publicKey, privateKey), privateKeyFile, publicKeyFile, false);
        }
        KeyPair keys = Crypto.newRsaKeyPair();
        Path dir = privateKeyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(privateKeyFile,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(privateKeyFile, PemFiles.privateKeyPem(keys.getPrivate()), StandardCharsets.US_ASCII);
        Files.writeString(publicKeyFile, PemFiles.publicKeyPem(keys.getPublic()), StandardCharsets.US_ASCII);
        return new ServerKeys(keys, privateKeyFile, publicKeyFile, true);
    }

    /** {@code server_key.pem} → {@code server_key.pub.pem}. */
    static Path publicKeyFileFor(Path privateKeyFile) {
        String name = privateKeyFile.getFileName().toString();
        String stem = name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return privateKeyFile.resolveSibling(stem + ".pub.pem");
    }

    private static PublicKey publicKeyOf(PrivateKey privateKey) throws IOException {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IOException(privateKey.getAlgorithm());
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
