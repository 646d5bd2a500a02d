package io.vcdsim.extension;

import io.vcdsim.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering extension services and their parts as a client does, for the tests of those parts. */
final class ServiceParts {
    static final String NS = Http.NS;
    static final String VMEXT = Http.VMEXT;
    static final String SERVICE = "application/vnd.vmware.admin.service+xml";
    static final String RIGHT = "application/vnd.vmware.admin.right+xml";
    static final String LINK = "application/vnd.vmware.admin.serviceLink+xml";
    static final String RESOURCE_CLASS = "application/vnd.vmware.admin.resourceClass+xml";
    static final String ACTION = "application/vnd.vmware.admin.resourceClassAction+xml";
    static final String SERVICE_RESOURCE = "application/vnd.vmware.admin.serviceResource+xml";
    static final String ACL_RULE = "application/vnd.vmware.admin.aclRule+xml";
    static final String RECORDS = "application/vnd.vmware.vcloud.query.records+xml";
    private static final String ROOT = " xmlns=\"" + NS + "\" xmlns:vmext=\"" + VMEXT + "\"";

    private ServiceParts() {
    }

    /** Registers an enabled service (its authorization as asked) claiming these URL patterns: its representation. */
    static Http.Res service(Http admin, String name, String namespace, boolean authorization, String... patterns) {
        StringBuilder filters = new StringBuilder();
        for (String p : patterns) {
            filters.append("<vmext:ApiFilter><vmext:UrlPattern>").append(p).append("</vmext:UrlPattern></vmext:ApiFilter>");
        }
        Http.Res created = admin.post("/api/admin/extension/service", SERVICE, "<vmext:Service" + ROOT + " name=\""
                + name + "\"><vmext:Namespace>" + namespace + "</vmext:Namespace><vmext:Enabled>true</vmext:Enabled>"
                + "<vmext:AuthorizationEnabled>" + authorization + "</vmext:AuthorizationEnabled>"
                + "<vmext:RoutingKey>widgets.requests</vmext:RoutingKey><vmext:Exchange>widgets</vmext:Exchange>"
                + "<vmext:ApiFilters>" + filters + "</vmext:ApiFilters></vmext:Service>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created;
    }

    /** Disables the service (vCD deletes only disabled ones) and deletes it. */
    static void unregister(Http admin, Http.Res service) {
        String body = service.body.replace("<vmext:Enabled>true</vmext:Enabled>", "<vmext:Enabled>false</vmext:Enabled>");
        assertThat(admin.put(service.attr("href"), SERVICE, body).status).isEqualTo(200);
        assertThat(admin.delete(service.attr("href")).status).isEqualTo(204);
    }

    static String right(String name, String category) {
        return "<Right" + ROOT + " name=\"" + name + "\"><Description>lets one back up</Description><Category>"
                + category + "</Category><BundleKey>RIGHT_BACKUP</BundleKey></Right>";
    }

    static String resourceClass(String name, String mimeType, String nid) {
        return "<vmext:ResourceClass" + ROOT + " name=\"" + name + "\"><vmext:MimeType>" + mimeType
                + "</vmext:MimeType><vmext:UrlTemplate>{baseUri}backup/{resourceId}</vmext:UrlTemplate><vmext:Nid>"
                + nid + "</vmext:Nid><vmext:UrnPattern>^backup(?&lt;id&gt;[0-9]*)</vmext:UrnPattern>"
                + "</vmext:ResourceClass>";
    }

    static String action(String name, String method, String urlPattern) {
        return "<vmext:ResourceClassAction" + ROOT + " name=\"" + name + "\"><vmext:HttpMethod>" + method
                + "</vmext:HttpMethod><vmext:UrlPattern>" + urlPattern + "</vmext:UrlPattern></vmext:ResourceClassAction>";
    }

    static String serviceResource(String name, String orgHref, String externalId) {
        return "<vmext:ServiceResource" + ROOT + " name=\"" + name + "\"><vmext:Org href=\"" + orgHref
                + "\" type=\"application/vnd.vmware.admin.organization+xml\"/><vmext:ExternalObjectId>" + externalId
                + "</vmext:ExternalObjectId></vmext:ServiceResource>";
    }

    /** An ACL rule; an access is "Shared" or "Published", or "Entity href" naming its entity. */
    static String aclRule(String name, String resourceAccess, String orgAccess, String principalAccess) {
        return "<vmext:AclRule" + ROOT + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"" + name
                + "\">" + (resourceAccess == null ? "" : access("ServiceResourceAccess", resourceAccess))
                + access("OrganizationAccess", orgAccess) + access("PrincipalAccess", principalAccess)
                + "</vmext:AclRule>";
    }

    private static String access(String element, String access) {
        String[] parts = access.split(" ", 2);
        String entity = parts.length == 1 ? "" : "<vmext:Entity xsi:type=\"ResourceReferenceType\" href=\"" + parts[1]
                + "\"/>";
        return "<vmext:" + element + "><vmext:Access>" + parts[0] + "</vmext:Access>" + entity + "</vmext:" + element
                + ">";
    }

    /** The admin href of the tenant's org (acme). */
    static String acmeHref(Http tenant) {
        return tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
    }
}
