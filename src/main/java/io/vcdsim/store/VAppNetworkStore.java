package io.vcdsim.store;

import io.vcdsim.core.IpScope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** vApp networks, in their vApp's order. */
public final class VAppNetworkStore {
    private static final RowMapper<VAppNetworkRow> ROW = (rs, ctx) -> new VAppNetworkRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "vapp_id"), Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("fence_mode"), Rows.uuid(rs, "parent_network_id"), rs.getBoolean("inherited"),
            rs.getString("gateway") == null ? null : new IpScope(rs.getString("gateway"), rs.getString("netmask"),
                    rs.getString("dns1"), rs.getString("dns2"), rs.getString("dns_suffix"),
                    IpScope.decodeRanges(rs.getString("ip_ranges"))),
            rs.getBoolean("retain_net_info"), rs.getBoolean("guest_vlan_allowed"), rs.getString("features"),
            rs.getInt("position"));
    private final Handle h;

    VAppNetworkStore(Handle h) {
        this.h = h;
    }

    public List<VAppNetworkRow> of(UUID vappId) {
        return h.createQuery("SELECT * FROM vapp_network WHERE vapp_id = :v ORDER BY position, name_key")
                .bind("v", vappId).map(ROW).list();
    }

    public Optional<VAppNetworkRow> find(UUID id) {
        return h.createQuery("SELECT * FROM vapp_network WHERE id = :id").bind("id", id).map(ROW).findOne();
    }

    /** The vApp networks bridged or routed to an org VDC network. */
    public List<VAppNetworkRow> onParent(UUID orgNetworkId) {
        return h.createQuery("SELECT * FROM vapp_network WHERE parent_network_id = :p ORDER BY vapp_id, position")
                .bind("p", orgNetworkId).map(ROW).list();
    }

    public void insert(VAppNetworkRow n) {
        IpScope s = n.scope();
        Rows.execute(h, "INSERT INTO vapp_network (id, vapp_id, org_id, name, name_key, description, fence_mode, "
                        + "parent_network_id, inherited, gateway, netmask, dns1, dns2, dns_suffix, ip_ranges, "
                        + "retain_net_info, guest_vlan_allowed, features, position) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.vappId(), n.orgId(), n.name(), Rows.key(n.name()), n.description(), n.fenceMode(),
                n.parentNetworkId(), n.inherited(), s == null ? null : s.gateway(), s == null ? null : s.mask(),
                s == null ? null : s.dns1(), s == null ? null : s.dns2(), s == null ? null : s.dnsSuffix(),
                s == null ? null : s.encodedRanges(), n.retainNetInfo(), n.guestVlanAllowed(), n.features(),
                n.position());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM vapp_network WHERE id = ?", id);
    }

    /** Removes all of a vApp's networks (before its wanted ones go in, in their new order). */
    public void deleteOf(UUID vappId) {
        Rows.execute(h, "DELETE FROM vapp_network WHERE vapp_id = ?", vappId);
    }
}
