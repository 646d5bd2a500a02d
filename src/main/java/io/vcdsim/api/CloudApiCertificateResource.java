package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.tenancy.Certificates;
import io.vcdsim.views.CertificateView;

import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The certificate library ({@code ssl/certificateLibrary}, and the misspelled {@code ssl/cetificateLibrary}
 * go-vcloud-director uses before vCD 10.3): a list with paging and FIQL of the acting org's library (a system
 * administrator's own, the provider's, unless a tenant context names an org), POST, and GET, PUT, DELETE of one.
 */
public final class CloudApiCertificateResource implements Routes {
    private final Certificates certificates;
    private final QueryService queries;

    public CloudApiCertificateResource(Certificates certificates, QueryService queries) {
        this.certificates = certificates;
        this.queries = queries;
    }

    /** The body go-vcloud-director's CertificateLibraryItem marshals to. */
    public static final class Body {
        public String id;
        public String alias;
        public String description;
        public String certificate;
        public String privateKey;
        public String privateKeyPassphrase;

        Certificates.Request request() {
            return new Certificates.Request(alias, description, certificate, privateKey, privateKeyPassphrase);
        }
    }

    @Override
    public void register(Router r) {
        for (String base : new String[]{V1 + "/ssl/certificateLibrary", V1 + "/ssl/cetificateLibrary"}) {
            r.get(base, x -> CloudApi.page(x, queries, Kind.CERTIFICATE.query(), CloudApi.actingOrg(x),
                    "CertificateLibraryItems", ids -> certificates.found(ids).stream().map(CertificateView::of)
                            .toList()));
            r.post(base, x -> Reply.json(201, CertificateView.of(certificates.add(x.principal(), CloudApi.actingOrg(x),
                    body(x)))));
            r.get(base + "/{id}", x -> Reply.json(200, CertificateView.of(certificates.get(x.principal(), id(x)))));
            r.put(base + "/{id}", x -> Reply.json(200, CertificateView.of(certificates.update(x.principal(), id(x),
                    body(x)))));
            r.delete(base + "/{id}", x -> {
                certificates.delete(x.principal(), id(x));
                return Reply.noContent();
            });
        }
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.CERTIFICATE);
    }

    private static Certificates.Request body(Exchange x) {
        return CloudApi.body(x, Body.class, "CertificateLibraryItem").request();
    }
}
