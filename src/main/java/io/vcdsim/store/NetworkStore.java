package io.vcdsim.store;

import io.vcdsim.core.IpScope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Networks: the provider's external networks with their port groups, and the org VDC networks. */
public final class NetworkStore {
    private static final RowMapper<NetworkRow> ORG_NETWORK = (rs, ctx) -> new NetworkRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("fence_mode"), scope(rs), Rows.uuid(rs, "parent_network_id"),
            Rows.uuid(rs, "edge_gateway_id"), rs.getString("edge_interface"), rs.getBoolean("shared"),
            rs.getBoolean("guest_vlan_allowed"), rs.getInt("status"), Rows.instant(rs, "created"));
    private static final RowMapper<ExternalNetworkRow> EXTERNAL = (rs, ctx) -> new ExternalNetworkRow(
            Rows.uuid(rs, "id"), rs.getString("name"), rs.getString("description"), rs.getInt("status"),
            Rows.instant(rs, "created"));
    private final Handle h;

    NetworkStore(Handle h) {
        this.h = h;
    }

    // stored scopes were checked when they came in, so they are read back as they are
    private static IpScope scope(ResultSet rs) throws SQLException {
        return new IpScope(rs.getString("gateway"), rs.getString("netmask"), rs.getString("dns1"),
                rs.getString("dns2"), rs.getString("dns_suffix"), IpScope.decodeRanges(rs.getString("ip_ranges")));
    }

    public void insertExternal(ExternalNetworkRow n, List<IpScope> scopes) {
        Rows.execute(h, "INSERT INTO external_network (id, name, name_key, description, status, created) "
                + "VALUES (?, ?, ?, ?, ?, ?)", n.id(), n.name(), Rows.key(n.name()), n.description(), n.status(),
                n.created());
        insertScopes(n.id(), scopes);
    }

    /** An external network's subnets, in place of those it had. */
    public void replaceScopes(UUID networkId, List<IpScope> scopes) {
        Rows.execute(h, "DELETE FROM external_network_scope WHERE network_id = ?", networkId);
        insertScopes(networkId, scopes);
    }

    private void insertScopes(UUID networkId, List<IpScope> scopes) {
        for (int i = 0; i < scopes.size(); i++) {
            IpScope s = scopes.get(i);
            Rows.execute(h, "INSERT INTO external_network_scope (network_id, position, gateway, netmask, dns1, dns2, "
                            + "dns_suffix, ip_ranges) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", networkId, i, s.gateway(),
                    s.mask(), s.dns1(), s.dns2(), s.dnsSuffix(), s.encodedRanges());
        }
    }

    /** An external network's subnets, in the order they were given; the first is the one direct networks take. */
    public List<IpScope> scopes(UUID networkId) {
        return h.createQuery("SELECT * FROM external_network_scope WHERE network_id = :id ORDER BY position")
                .bind("id", networkId).map((rs, ctx) -> scope(rs)).list();
    }

    public void updateExternal(ExternalNetworkRow n) {
        Rows.execute(h, "UPDATE external_network SET name = ?, name_key = ?, description = ?, status = ? WHERE id = ?",
                n.name(), Rows.key(n.name()), n.description(), n.status(), n.id());
    }

    public Optional<ExternalNetworkRow> external(UUID id) {
        return h.createQuery("SELECT * FROM external_network WHERE id = :id").bind("id", id).map(EXTERNAL).findOne();
    }

    /** The external network, locked until the transaction ends: changing it and bridging to it queue. */
    public Optional<ExternalNetworkRow> lockExternal(UUID id) {
        return h.createQuery("SELECT * FROM external_network WHERE id = :id FOR UPDATE").bind("id", id)
                .map(EXTERNAL).findOne();
    }

    public List<ExternalNetworkRow> externals() {
        return h.createQuery("SELECT * FROM external_network ORDER BY name_key, id").map(EXTERNAL).list();
    }

    public Optional<ExternalNetworkRow> externalNamed(String name) {
        return h.createQuery("SELECT * FROM external_network WHERE name_key = :key").bind("key", Rows.key(name))
                .map(EXTERNAL).findOne();
    }

    public void deleteExternal(UUID id) {
        Rows.execute(h, "DELETE FROM external_network WHERE id = ?", id);
    }

    /** Backs the network with a port group; false if another network (external or imported) has it already. */
    public boolean addPortGroup(UUID networkId, String moref) {
        return h.createUpdate("INSERT INTO external_network_port_group (moref, network_id) SELECT :moref, :id "
                        + "WHERE NOT EXISTS (SELECT 1 FROM external_network_port_group WHERE moref = :moref) "
                        + "AND NOT EXISTS (SELECT 1 FROM org_network WHERE port_group = :moref)")
                .bind("moref", moref).bind("id", networkId).execute() == 1;
    }

    /** Puts an imported org VDC network on a distributed port group (its unique key: one network per port group). */
    public void backOnPortGroup(UUID networkId, String moref) {
        Rows.execute(h, "UPDATE org_network SET port_group = ? WHERE id = ?", moref, networkId);
    }

    /** The moref of the distributed port group an imported org VDC network stands on, if it stands on one. */
    public Optional<String> portGroupOf(UUID networkId) {
        return h.createQuery("SELECT port_group FROM org_network WHERE id = :id AND port_group IS NOT NULL")
                .bind("id", networkId).mapTo(String.class).findOne();
    }

    /** The morefs of the port groups imported org VDC networks stand on. */
    public List<String> importedPortGroups() {
        return h.createQuery("SELECT port_group FROM org_network WHERE port_group IS NOT NULL ORDER BY port_group")
                .mapTo(String.class).list();
    }

    /** The morefs of the port groups backing an external network. */
    public List<String> portGroups(UUID networkId) {
        return h.createQuery("SELECT moref FROM external_network_port_group WHERE network_id = :id ORDER BY moref")
                .bind("id", networkId).mapTo(String.class).list();
    }

    public void insert(NetworkRow n) {
        IpScope s = n.scope();
        Rows.execute(h, "INSERT INTO org_network (id, org_id, vdc_id, name, name_key, description, fence_mode, "
                        + "gateway, netmask, dns1, dns2, dns_suffix, ip_ranges, parent_network_id, edge_gateway_id, "
                        + "edge_interface, shared, guest_vlan_allowed, status, created) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.orgId(), n.vdcId(), n.name(), Rows.key(n.name()), n.description(), n.fenceMode(),
                s.gateway(), s.mask(), s.dns1(), s.dns2(), s.dnsSuffix(), s.encodedRanges(), n.parentNetworkId(),
                n.edgeGatewayId(), n.edgeInterface(), n.shared(), n.guestVlanAllowed(), n.status(), n.created());
    }

    public void update(NetworkRow n) {
        IpScope s = n.scope();
        Rows.execute(h, "UPDATE org_network SET name = ?, name_key = ?, description = ?, gateway = ?, netmask = ?, "
                        + "dns1 = ?, dns2 = ?, dns_suffix = ?, ip_ranges = ?, shared = ?, guest_vlan_allowed = ?, "
                        + "status = ? WHERE id = ?",
                n.name(), Rows.key(n.name()), n.description(), s.gateway(), s.mask(), s.dns1(), s.dns2(),
                s.dnsSuffix(), s.encodedRanges(), n.shared(), n.guestVlanAllowed(), n.status(), n.id());
    }

    public Optional<NetworkRow> find(UUID id) {
        return h.createQuery("SELECT * FROM org_network WHERE id = :id").bind("id", id).map(ORG_NETWORK).findOne();
    }

    /** The org VDC network, locked until the transaction ends: two changes to it queue. */
    public Optional<NetworkRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM org_network WHERE id = :id FOR UPDATE").bind("id", id).map(ORG_NETWORK)
                .findOne();
    }

    public List<NetworkRow> ofOrg(UUID orgId) {
        return h.createQuery("SELECT * FROM org_network WHERE org_id = :org ORDER BY name_key, id").bind("org", orgId)
                .map(ORG_NETWORK).list();
    }

    /**
     * The org VDC networks a VDC's vApps and VMs may use: its own, and those of the VDC groups it is a member of
     * (whose network row may name another member as its VDC).
     */
    public List<NetworkRow> availableIn(UUID vdcId) {
        return h.createQuery("SELECT n.* FROM org_network n LEFT JOIN org_network_vdc_group o ON o.network_id = n.id "
                + "WHERE (o.vdc_group_id IS NULL AND n.vdc_id = :vdc) OR o.vdc_group_id IN "
                + "(SELECT m.group_id FROM vdc_group_member m WHERE m.vdc_id = :vdc) ORDER BY n.name_key, n.id")
                .bind("vdc", vdcId).map(ORG_NETWORK).list();
    }

    /** The VDCs whose vApps may use the network: its VDC, or its VDC group's members. */
    public List<UUID> vdcsUsing(NetworkRow n) {
        return vdcGroup(n.id()).map(g -> h.createQuery("SELECT vdc_id FROM vdc_group_member WHERE group_id = :g "
                + "ORDER BY position").bind("g", g).mapTo(UUID.class).list())
                .orElseGet(() -> n.vdcId() == null ? List.of() : List.of(n.vdcId()));
    }

    /** The VDC group that owns the network, if one does (else its VDC owns it). */
    public Optional<UUID> vdcGroup(UUID networkId) {
        return h.createQuery("SELECT vdc_group_id FROM org_network_vdc_group WHERE network_id = :n")
                .bind("n", networkId).mapTo(UUID.class).findOne();
    }

    /** Gives the network to a VDC group, or (null) back to its VDC. */
    public void setVdcGroup(UUID networkId, UUID vdcGroupId) {
        Rows.execute(h, "DELETE FROM org_network_vdc_group WHERE network_id = ?", networkId);
        if (vdcGroupId != null) {
            Rows.execute(h, "INSERT INTO org_network_vdc_group (network_id, vdc_group_id) VALUES (?, ?)", networkId,
                    vdcGroupId);
        }
    }

    /** The networks a VDC group owns. */
    public List<NetworkRow> inVdcGroup(UUID vdcGroupId) {
        return h.createQuery("SELECT n.* FROM org_network n JOIN org_network_vdc_group o ON o.network_id = n.id "
                + "WHERE o.vdc_group_id = :g ORDER BY n.name_key, n.id").bind("g", vdcGroupId).map(ORG_NETWORK)
                .list();
    }

    /** The direct org VDC networks bridged to an external network. */
    public List<NetworkRow> bridgedTo(UUID externalId) {
        return h.createQuery("SELECT * FROM org_network WHERE parent_network_id = :id ORDER BY name_key, id")
                .bind("id", externalId).map(ORG_NETWORK).list();
    }

    public void setEdgeInterface(UUID id, String edgeInterface) {
        Rows.execute(h, "UPDATE org_network SET edge_interface = ? WHERE id = ?", edgeInterface, id);
    }

    /** The routed networks an edge gateway connects: its internal interfaces. */
    public List<NetworkRow> routedBy(UUID edgeId) {
        return h.createQuery("SELECT * FROM org_network WHERE edge_gateway_id = :id ORDER BY name_key, id")
                .bind("id", edgeId).map(ORG_NETWORK).list();
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM org_network WHERE id = ?", id);
    }
}
