package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The DHCP leases of NSX-V edges ({@code tx.store(DhcpLeaseStore::new)}); they go with their edge or VM. */
public final class DhcpLeaseStore {
    /** An address an edge leased to a VM's NIC (by its MAC) on one of the edge's networks. */
    public record Lease(UUID edgeId, String ipAddress, String mac, UUID vmId, int nicIndex, UUID networkId,
                        Instant starts, Instant ends) {
    }

    private static final RowMapper<Lease> LEASE = (rs, ctx) -> new Lease(Rows.uuid(rs, "edge_id"),
            rs.getString("ip_address"), rs.getString("mac"), Rows.uuid(rs, "vm_id"), rs.getInt("nic_index"),
            Rows.uuid(rs, "network_id"), Rows.instant(rs, "starts"), Rows.instant(rs, "ends"));
    private final Handle h;

    public DhcpLeaseStore(Handle h) {
        this.h = h;
    }

    public void insert(Lease l) {
        Rows.execute(h, "INSERT INTO dhcp_lease (edge_id, ip_address, mac, vm_id, nic_index, network_id, starts, ends) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", l.edgeId(), l.ipAddress(), l.mac(), l.vmId(), l.nicIndex(),
                l.networkId(), l.starts(), l.ends());
    }

    /** The edge's leases, by address. */
    public List<Lease> ofEdge(UUID edgeId) {
        return h.createQuery("SELECT * FROM dhcp_lease WHERE edge_id = :e ORDER BY ip_address").bind("e", edgeId)
                .map(LEASE).list();
    }

    public List<Lease> ofVm(UUID vmId) {
        return h.createQuery("SELECT * FROM dhcp_lease WHERE vm_id = :v ORDER BY nic_index").bind("v", vmId)
                .map(LEASE).list();
    }

    public void delete(Lease l) {
        Rows.execute(h, "DELETE FROM dhcp_lease WHERE edge_id = ? AND ip_address = ?", l.edgeId(), l.ipAddress());
    }
}
