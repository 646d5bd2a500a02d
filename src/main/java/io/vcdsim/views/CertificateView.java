package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.CertificateStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** A certificate library item as the cloudapi shows it: never its private key or passphrase. */
public final class CertificateView {
    private CertificateView() {
    }

    public static Map<String, Object> of(CertificateStore.Row r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.CERTIFICATE.urn(r.id()));
        v.put("alias", r.alias());
        v.put("description", r.description());
        v.put("certificate", r.certificate());
        return v;
    }
}
