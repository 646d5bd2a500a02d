package io.vcdsim.tenancy;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The certificate an org signs and encrypts with as a SAML service provider, in its metadata: self-signed, RSA
 * 2048, for a year, as vCD makes one per org. Only the certificate is kept: vcdsim signs no SAML message.
 */
final class SamlCertificate {
    private static final Duration VALIDITY = Duration.ofDays(365);

    private SamlCertificate() {
    }

    /** A new certificate for the org, base64 DER (the text of ds:X509Certificate). */
    static String make(String orgName, Instant now) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048, new SecureRandom());
            KeyPair pair = gen.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, orgName)
                    .addRDN(BCStyle.O, "VMware Cloud Director (vcdsim)").build();
            byte[] der = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                    Date.from(now), Date.from(now.plus(VALIDITY)), subject, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())).getEncoded();
            return Base64.getEncoder().encodeToString(der);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a SAML certificate", e);
        }
    }

    /** When the certificate expires. */
    static Instant expires(String base64Der) {
        try {
            X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
            return c.getNotAfter().toInstant();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored SAML certificate does not read", e);
        }
    }
}
