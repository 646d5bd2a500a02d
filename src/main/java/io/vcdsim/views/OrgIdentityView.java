package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.OrgFederationSettings;
import io.vcdsim.model.OrgSettings;

import java.time.Instant;
import java.util.UUID;

/**
 * An org's federation settings, and the links from its settings to them and to its LDAP settings: go-vcloud-director
 * finds the federation settings by the OrgSettings' {@code down} links (XML to read, JSON to change).
 */
public final class OrgIdentityView {
    private OrgIdentityView() {
    }

    static void links(OrgSettings all, String settingsHref) {
        all.link("down", settingsHref + "/ldap", MediaTypes.xml(MediaTypes.ORG_LDAP_SETTINGS));
        all.link("down", settingsHref + "/federation", MediaTypes.xml(MediaTypes.ORG_FEDERATION_SETTINGS));
        all.link("down", settingsHref + "/federation", MediaTypes.ORG_FEDERATION_SETTINGS + "+json");
    }

    /** The federation settings as stored, with the org's service provider certificate's expiry and metadata link. */
    public static OrgFederationSettings federation(Viewer v, UUID orgId, String orgName, OrgFederationSettings s,
                                                   Instant certificateExpires, boolean editable) {
        s.href = v.adminHref(Kind.ORG, orgId) + "/settings/federation";
        s.type = MediaTypes.xml(MediaTypes.ORG_FEDERATION_SETTINGS);
        v.adminLink(s, "up", Kind.ORG, orgId);
        if (editable) {
            s.link("edit", s.href, s.type);
            s.link("edit", s.href, MediaTypes.ORG_FEDERATION_SETTINGS + "+json");
        }
        s.link("down", SamlMetadataView.url(v.baseUrl(), orgName), MediaTypes.SAML_METADATA);
        s.certificateExpiration = certificateExpires.toString();
        s.signingCertificateExpiration = s.certificateExpiration;
        s.encryptionCertificateExpiration = s.certificateExpiration;
        return s;
    }
}
