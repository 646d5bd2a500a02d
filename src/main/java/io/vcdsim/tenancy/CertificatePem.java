package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Reading what a certificate library item is made of: the JDK parses the PEM certificate (chain), BouncyCastle
 * (already here for the server's own certificate) the private key in any PEM form OpenSSL writes, encrypted or not.
 * Anything unreadable, a wrong passphrase or a key of another certificate is the client's 400.
 */
final class CertificatePem {
    private static final Provider BC = new BouncyCastleProvider();
    private static final byte[] CHALLENGE = "vcdsim certificate library key check".getBytes(StandardCharsets.US_ASCII);

    private CertificatePem() {
    }

    /** The first (leaf) certificate of a PEM chain. */
    static X509Certificate certificate(String pem) {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw ApiException.badRequest("certificate must be a PEM encoded X.509 certificate.");
        }
        try {
            Collection<? extends Certificate> chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (chain.isEmpty() || !(chain.iterator().next() instanceof X509Certificate leaf)) {
                throw ApiException.badRequest("certificate holds no X.509 certificate.");
            }
            return leaf;
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("certificate is not a readable PEM encoded X.509 certificate: "
                    + e.getMessage());
        }
    }

    /** The private key of a PEM text, decrypted with the passphrase when it is encrypted. */
    static PrivateKey privateKey(String pem, String passphrase) {
        Object read;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            read = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("privateKey is not a readable PEM encoded private key.");
        }
        try {
            PrivateKeyInfo info;
            if (read instanceof PrivateKeyInfo plain) {
                info = plain;
            } else if (read instanceof PEMKeyPair pair) {
                info = pair.getPrivateKeyInfo();
            } else if (read instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                info = encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC)
                        .build(password(passphrase)));
            } else if (read instanceof PEMEncryptedKeyPair encrypted) {
                info = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC)
                        .build(password(passphrase))).getPrivateKeyInfo();
            } else {
                throw ApiException.badRequest("privateKey holds no PEM encoded private key.");
            }
            return new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
        } catch (PKCSException | IOException | OperatorCreationException | IllegalArgumentException e) {
            throw ApiException.badRequest("privateKey could not be decrypted with privateKeyPassphrase, or is not a "
                    + "key this server reads.");
        }
    }

    private static char[] password(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw ApiException.badRequest("privateKey is encrypted: privateKeyPassphrase is required.");
        }
        return passphrase.toCharArray();
    }

    /** 400 unless the key is the private half of the certificate's public key: it signs, the certificate verifies. */
    static void requireMatch(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw ApiException.badRequest("privateKey is a " + key.getAlgorithm()
                    + " key; RSA, EC, DSA and Ed25519 keys are taken.");
        };
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm, BC);
            signer.initSign(key);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(CHALLENGE);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            matches = false;
        }
        if (!matches) {
            throw ApiException.badRequest("privateKey does not belong to the certificate.");
        }
    }

    /** The key as unencrypted PKCS#8 PEM, the form it is kept in. */
    static String pkcs8(PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return String.join("\n", List.of("-----BEGIN PRIVATE KEY-----", body, "-----END PRIVATE KEY-----", ""));
    }
}
