package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.Multisite;
import io.vcdsim.store.AssociationStore;
import io.vcdsim.store.OrgRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** This site and its associations, and an org's associations, as multisite clients read them. */
public final class MultisiteView {
    /** What this site is called in its association data. */
    public static final String SITE_NAME = "vcdsim";
    /** An association's status: vcdsim cannot see whether the other side made its half. */
    static final String ASYMMETRIC = "ASYMMETRIC";
    private static final String ASSOCIATIONS = "/api/site/associations";

    private MultisiteView() {
    }

    public static Multisite.Site site(Viewer v, UUID siteId, List<AssociationStore.Site> associated) {
        Multisite.Site s = new Multisite.Site();
        s.href = v.href("/api/site");
        s.type = MediaTypes.xml(MediaTypes.SITE);
        s.id = "urn:vcloud:site:" + siteId;
        s.name = SITE_NAME;
        s.link("down", v.href(ASSOCIATIONS), MediaTypes.xml(MediaTypes.SITE_ASSOCIATIONS));
        s.restEndpoint = v.href("");
        s.baseUiEndpoint = v.href("/provider");
        s.tenantUiEndpoint = v.href("/tenant");
        s.siteAssociations = associations(v, associated);
        return s;
    }

    /** This site as the cloudapi's {@code site} shows it: the same id and name as {@link #site}. */
    public static Map<String, Object> cloudApiSite(Viewer v, UUID siteId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", "urn:vcloud:site:" + siteId);
        s.put("name", SITE_NAME);
        s.put("restEndpoint", v.href(""));
        s.put("baseUiEndpoint", v.href("/provider"));
        s.put("tenantUiEndpoint", v.href("/tenant"));
        return s;
    }

    public static Multisite.SiteAssociations associations(Viewer v, List<AssociationStore.Site> associated) {
        Multisite.SiteAssociations list = new Multisite.SiteAssociations();
        list.href = v.href(ASSOCIATIONS);
        list.type = MediaTypes.xml(MediaTypes.SITE_ASSOCIATIONS);
        list.link("add", list.href, MediaTypes.xml(MediaTypes.SITE_ASSOCIATION));
        list.link("down", v.href(ASSOCIATIONS + "/localAssociationData"), MediaTypes.xml(MediaTypes.SITE_ASSOCIATION));
        associated.forEach(site -> list.members.add(associated(v, site)));
        return list;
    }

    /** An associated site, as its own association data described it. */
    public static Multisite.SiteMember associated(Viewer v, AssociationStore.Site site) {
        Multisite.SiteMember m = new Multisite.SiteMember();
        m.href = v.adminHref(Kind.SITE_ASSOCIATION, site.id());
        m.type = MediaTypes.xml(MediaTypes.SITE_ASSOCIATION);
        m.id = Kind.SITE_ASSOCIATION.urn(site.id());
        m.name = site.name();
        m.link("remove", m.href, null);
        m.description = site.description();
        m.baseUiEndpoint = site.baseUiEndpoint();
        m.publicKey = site.publicKey();
        m.restEndpoint = site.restEndpoint();
        m.siteId = Kind.SITE_ASSOCIATION.urn(site.id());
        m.siteName = site.name();
        m.status = ASYMMETRIC;
        return m;
    }

    /** This site's data, for another site to associate with it. */
    public static Multisite.SiteMember local(Viewer v, UUID siteId, String publicKey) {
        Multisite.SiteMember m = new Multisite.SiteMember();
        m.href = v.href(ASSOCIATIONS + "/localAssociationData");
        m.type = MediaTypes.xml(MediaTypes.SITE_ASSOCIATION);
        m.name = SITE_NAME;
        m.link("regenerateKeyPair", m.href + "/action/regenerateKeyPair", null);
        m.baseUiEndpoint = v.href("/provider");
        m.publicKey = publicKey;
        m.restEndpoint = v.href("");
        m.siteId = Kind.SITE_ASSOCIATION.urn(siteId);
        m.siteName = SITE_NAME;
        return m;
    }

    public static Multisite.OrgAssociations orgAssociations(Viewer v, OrgRow org, List<AssociationStore.OrgLink> links,
                                                             List<AssociationStore.Site> sites) {
        Multisite.OrgAssociations list = new Multisite.OrgAssociations();
        list.href = v.adminHref(Kind.ORG, org.id()) + "/associations";
        list.type = MediaTypes.xml(MediaTypes.ORG_ASSOCIATIONS);
        list.link("add", list.href, MediaTypes.xml(MediaTypes.ORG_ASSOCIATION));
        list.link("down", list.href + "/localAssociationData", MediaTypes.xml(MediaTypes.ORG_ASSOCIATION));
        for (AssociationStore.OrgLink l : links) {
            Multisite.OrgMember m = new Multisite.OrgMember();
            m.href = list.href + "/" + l.remoteOrgId();
            m.type = MediaTypes.xml(MediaTypes.ORG_ASSOCIATION);
            m.link("remove", m.href, null);
            m.siteId = Kind.SITE_ASSOCIATION.urn(l.siteId());
            m.orgId = Kind.ORG.urn(l.remoteOrgId());
            m.siteName = sites.stream().filter(s -> s.id().equals(l.siteId())).map(AssociationStore.Site::name)
                    .findFirst().orElse(null);
            m.orgName = l.remoteOrgName();
            m.orgPublicKey = l.publicKey();
            m.status = ASYMMETRIC;
            list.members.add(m);
        }
        return list;
    }

    /** An org's data, for an org of another site to associate with it. */
    public static Multisite.OrgMember orgLocal(Viewer v, OrgRow org, UUID siteId, String publicKey) {
        Multisite.OrgMember m = new Multisite.OrgMember();
        m.href = v.adminHref(Kind.ORG, org.id()) + "/associations/localAssociationData";
        m.type = MediaTypes.xml(MediaTypes.ORG_ASSOCIATION);
        m.link("regenerateKeyPair", m.href + "/action/regenerateKeyPair", null);
        m.siteId = Kind.SITE_ASSOCIATION.urn(siteId);
        m.orgId = Kind.ORG.urn(org.id());
        m.siteName = SITE_NAME;
        m.orgName = org.name();
        m.orgPublicKey = publicKey;
        return m;
    }
}
