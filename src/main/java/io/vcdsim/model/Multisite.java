package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Multisite: this site, the sites associated with it, and orgs' associations with orgs of those sites. */
public final class Multisite {
    private Multisite() {
    }

    /** This site, with its endpoints and associations. */
    @XmlRootElement(name = "Site")
    @XmlType(name = "SiteType", propOrder = {"restEndpoint", "baseUiEndpoint", "tenantUiEndpoint",
        "siteAssociations"})
    public static class Site extends Entity {
        @XmlElement(name = "RestEndpoint") public String restEndpoint;
        @XmlElement(name = "BaseUiEndpoint") public String baseUiEndpoint;
        @XmlElement(name = "TenantUiEndpoint") public String tenantUiEndpoint;
        @XmlElement(name = "SiteAssociations") public SiteAssociations siteAssociations;
    }

    @XmlRootElement(name = "SiteAssociations")
    @XmlType(name = "SiteAssociationsType", propOrder = {"members"})
    public static class SiteAssociations extends Resource {
        @XmlElement(name = "SiteAssociationMember") public List<SiteMember> members = new ArrayList<>();
    }

    /** A site as an association describes it: this site's local association data, or an associated site. */
    @XmlRootElement(name = "SiteAssociationMember")
    @XmlType(name = "SiteAssociationType", propOrder = {"baseUiEndpoint", "publicKey", "restEndpoint",
        "restEndpointCertificate", "siteId", "siteName", "status"})
    public static class SiteMember extends Entity {
        @XmlElement(name = "BaseUiEndpoint") public String baseUiEndpoint;
        @XmlElement(name = "PublicKey") public String publicKey;
        @XmlElement(name = "RestEndpoint") public String restEndpoint;
        @XmlElement(name = "RestEndpointCertificate") public String restEndpointCertificate;
        @XmlElement(name = "SiteId") public String siteId;
        @XmlElement(name = "SiteName") public String siteName;
        @XmlElement(name = "Status") public String status;
    }

    @XmlRootElement(name = "OrgAssociations")
    @XmlType(name = "OrgAssociationsType", propOrder = {"members"})
    public static class OrgAssociations extends Resource {
        @XmlElement(name = "OrgAssociationMember") public List<OrgMember> members = new ArrayList<>();
    }

    /** An org as an association describes it: an org's local association data, or an associated org. */
    @XmlRootElement(name = "OrgAssociationMember")
    @XmlType(name = "OrgAssociationType", propOrder = {"siteId", "orgId", "siteName", "orgName", "orgPublicKey",
        "status"})
    public static class OrgMember extends Resource {
        @XmlElement(name = "SiteId") public String siteId;
        @XmlElement(name = "OrgId") public String orgId;
        @XmlElement(name = "SiteName") public String siteName;
        @XmlElement(name = "OrgName") public String orgName;
        @XmlElement(name = "OrgPublicKey") public String orgPublicKey;
        @XmlElement(name = "Status") public String status;
    }
}
