package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sites this one is associated with, and orgs' associations; {@code tx.store(AssociationStore::new)}. */
public final class AssociationStore {
    /** Another site, as its local association data described it. */
    public record Site(UUID id, String name, String description, String restEndpoint, String baseUiEndpoint,
                       String publicKey) {
    }

    /** An org of another site an org is associated with. */
    public record OrgLink(UUID orgId, UUID remoteOrgId, String remoteOrgName, UUID siteId, String publicKey) {
    }

    private static final RowMapper<Site> SITE = (rs, ctx) -> new Site(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), rs.getString("rest_endpoint"), rs.getString("base_ui_endpoint"),
            rs.getString("public_key"));
    private static final RowMapper<OrgLink> ORG = (rs, ctx) -> new OrgLink(Rows.uuid(rs, "org_id"),
            Rows.uuid(rs, "remote_org_id"), rs.getString("remote_org_name"), Rows.uuid(rs, "site_id"),
            rs.getString("public_key"));
    private final Handle h;

    public AssociationStore(Handle h) {
        this.h = h;
    }

    public List<Site> sites() {
        return h.createQuery("SELECT * FROM site_association ORDER BY name, id").map(SITE).list();
    }

    public Optional<Site> site(UUID id) {
        return h.createQuery("SELECT * FROM site_association WHERE id = :id").bind("id", id).map(SITE).findOne();
    }

    public void addSite(Site s) {
        Rows.execute(h, "INSERT INTO site_association (id, name, description, rest_endpoint, base_ui_endpoint, "
                + "public_key) VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.name(), s.description(), s.restEndpoint(),
                s.baseUiEndpoint(), s.publicKey());
    }

    /** Forgets a site, and the associations orgs had with orgs of it. */
    public void deleteSite(UUID id) {
        Rows.execute(h, "DELETE FROM org_association WHERE site_id = ?", id);
        Rows.execute(h, "DELETE FROM site_association WHERE id = ?", id);
    }

    public List<OrgLink> orgLinks(UUID orgId) {
        return h.createQuery("SELECT * FROM org_association WHERE org_id = :o ORDER BY remote_org_name")
                .bind("o", orgId).map(ORG).list();
    }

    public Optional<OrgLink> orgLink(UUID orgId, UUID remoteOrgId) {
        return h.createQuery("SELECT * FROM org_association WHERE org_id = :o AND remote_org_id = :r")
                .bind("o", orgId).bind("r", remoteOrgId).map(ORG).findOne();
    }

    public void addOrgLink(OrgLink l) {
        Rows.execute(h, "INSERT INTO org_association (org_id, remote_org_id, remote_org_name, site_id, public_key) "
                + "VALUES (?, ?, ?, ?, ?)", l.orgId(), l.remoteOrgId(), l.remoteOrgName(), l.siteId(), l.publicKey());
    }

    public void deleteOrgLink(UUID orgId, UUID remoteOrgId) {
        Rows.execute(h, "DELETE FROM org_association WHERE org_id = ? AND remote_org_id = ?", orgId, remoteOrgId);
    }
}
