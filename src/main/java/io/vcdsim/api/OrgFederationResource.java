package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.OrgFederationSettings;
import io.vcdsim.store.OrgRow;
import io.vcdsim.tenancy.OrgFederation;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.OrgIdentityView;
import io.vcdsim.views.SamlMetadataView;

import java.nio.charset.StandardCharsets;

/**
 * An org's SAML federation settings ({@code /api/admin/org/{id}/settings/federation}: read by whoever sees the org's
 * settings, changed by whoever edits the org, in XML or JSON) and its service provider metadata, public as in vCD
 * (identity providers read it without a session).
 */
public final class OrgFederationResource implements Routes {
    private final OrgService orgs;
    private final OrgFederation federation;

    public OrgFederationResource(OrgService orgs, OrgFederation federation) {
        this.orgs = orgs;
        this.federation = federation;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/org/{id}/settings/federation", this::get);
        r.put("/api/admin/org/{id}/settings/federation", this::put);
        r.anonymous("GET", "/cloud/org/{name}/saml/metadata/alias/vcd", this::metadata);
    }

    Reply get(Exchange x) {
        OrgRow o = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.ADMIN_VIEW);
        return view(x, federation.of(o.id()));
    }

    Reply put(Exchange x) {
        OrgRow o = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.ORG_EDIT);
        OrgFederationSettings in = x.read(OrgFederationSettings.class, "OrgFederationSettings",
                MediaTypes.ORG_FEDERATION_SETTINGS);
        return view(x, federation.update(o.id(), in, TaskResource.caller(x.principal())));
    }

    private Reply view(Exchange x, OrgFederation.Federation f) {
        return Reply.ok(OrgIdentityView.federation(Hrefs.viewer(x), f.org().id(), f.org().name(), f.settings(),
                f.expires(), x.principal().has(Right.ORG_EDIT)), MediaTypes.ORG_FEDERATION_SETTINGS);
    }

    Reply metadata(Exchange x) {
        OrgFederation.Federation f = federation.ofName(x.pathParam("name"));
        String entityId = SamlMetadataView.entityId(f.settings().samlSPEntityId, x.baseUrl(), f.org().name());
        String xml = SamlMetadataView.of(x.baseUrl(), f.org().name(), f.org().id(), entityId, f.certificate());
        return Reply.bytes(200, xml.getBytes(StandardCharsets.UTF_8), MediaTypes.SAML_METADATA);
    }
}
