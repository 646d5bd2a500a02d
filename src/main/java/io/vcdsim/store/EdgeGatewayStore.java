package io.vcdsim.store;

import io.vcdsim.core.IpScope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Edge gateways and their uplinks. */
public final class EdgeGatewayStore {
    private static final RowMapper<EdgeGatewayRow> EDGE = (rs, ctx) -> new EdgeGatewayRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("backing_config"), rs.getBoolean("ha_enabled"), rs.getBoolean("dns_relay"),
            rs.getBoolean("advanced_networking"), rs.getBoolean("distributed_routing"), rs.getString("services"),
            rs.getInt("status"), Rows.instant(rs, "created"), rs.getString("tenant_syslog_ip"));
    private static final RowMapper<UplinkRow> UPLINK = (rs, ctx) -> new UplinkRow(Rows.uuid(rs, "gateway_id"),
            rs.getInt("position"), Rows.uuid(rs, "network_id"), rs.getBoolean("default_route"),
            rs.getBoolean("apply_rate_limit"), rs.getObject("in_rate_limit", Double.class),
            rs.getObject("out_rate_limit", Double.class), rs.getString("subnet_gateway"),
            rs.getString("subnet_netmask"), rs.getString("ip_address"),
            rs.getString("ip_ranges") == null ? null : IpScope.decodeRanges(rs.getString("ip_ranges")),
            rs.getBoolean("subnet_default"));
    private final Handle h;

    EdgeGatewayStore(Handle h) {
        this.h = h;
    }

    public void insert(EdgeGatewayRow e) {
        Rows.execute(h, "INSERT INTO edge_gateway (id, org_id, vdc_id, name, name_key, description, backing_config, "
                        + "ha_enabled, dns_relay, advanced_networking, distributed_routing, services, status, created, "
                        + "tenant_syslog_ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.orgId(),
                e.vdcId(), e.name(), Rows.key(e.name()), e.description(), e.backingConfig(), e.haEnabled(),
                e.dnsRelay(), e.advancedNetworking(), e.distributedRouting(), e.services(), e.status(), e.created(),
                e.tenantSyslogIp());
    }

    public void update(EdgeGatewayRow e) {
        Rows.execute(h, "UPDATE edge_gateway SET name = ?, name_key = ?, description = ?, ha_enabled = ?, "
                        + "dns_relay = ?, advanced_networking = ?, distributed_routing = ?, services = ?, status = ?, "
                        + "backing_config = ?, tenant_syslog_ip = ? WHERE id = ?", e.name(), Rows.key(e.name()),
                e.description(), e.haEnabled(), e.dnsRelay(), e.advancedNetworking(), e.distributedRouting(),
                e.services(), e.status(), e.backingConfig(), e.tenantSyslogIp(), e.id());
    }

    public Optional<EdgeGatewayRow> find(UUID id) {
        return h.createQuery("SELECT * FROM edge_gateway WHERE id = :id").bind("id", id).map(EDGE).findOne();
    }

    /** The edge, locked until the transaction ends: configuring it and connecting networks to it queue. */
    public Optional<EdgeGatewayRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM edge_gateway WHERE id = :id FOR UPDATE").bind("id", id).map(EDGE)
                .findOne();
    }

    /** The VDC group an NSX-T edge was moved into, if it was. */
    public Optional<UUID> vdcGroup(UUID gatewayId) {
        return h.createQuery("SELECT vdc_group_id FROM edge_gateway_vdc_group WHERE gateway_id = :g")
                .bind("g", gatewayId).mapTo(UUID.class).findOne();
    }

    /** Puts the edge in a VDC group, or (null) back in its VDC. */
    public void setVdcGroup(UUID gatewayId, UUID vdcGroupId) {
        Rows.execute(h, "DELETE FROM edge_gateway_vdc_group WHERE gateway_id = ?", gatewayId);
        if (vdcGroupId != null) {
            Rows.execute(h, "INSERT INTO edge_gateway_vdc_group (gateway_id, vdc_group_id) VALUES (?, ?)", gatewayId,
                    vdcGroupId);
        }
    }

    /** The edges in a VDC group. */
    public List<EdgeGatewayRow> inVdcGroup(UUID vdcGroupId) {
        return h.createQuery("SELECT g.* FROM edge_gateway g JOIN edge_gateway_vdc_group o ON o.gateway_id = g.id "
                + "WHERE o.vdc_group_id = :v ORDER BY g.name_key").bind("v", vdcGroupId).map(EDGE).list();
    }

    public List<EdgeGatewayRow> ofOrg(UUID orgId) {
        return h.createQuery("SELECT * FROM edge_gateway WHERE org_id = :org ORDER BY name_key, id").bind("org", orgId)
                .map(EDGE).list();
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM edge_gateway WHERE id = ?", id);
    }

    /** Makes the edge an NSX-T edge gateway on an edge cluster of its manager. */
    public void setEdgeCluster(UUID gatewayId, UUID edgeClusterId) {
        Rows.execute(h, "UPDATE edge_gateway SET edge_cluster_id = ? WHERE id = ?", edgeClusterId, gatewayId);
    }

    /** The edge cluster an NSX-T edge gateway runs on; none for an NSX-V edge. */
    public Optional<UUID> edgeCluster(UUID gatewayId) {
        return h.createQuery("SELECT edge_cluster_id FROM edge_gateway WHERE id = :id AND edge_cluster_id IS NOT NULL")
                .bind("id", gatewayId).mapTo(UUID.class).findOne();
    }

    public void insertUplink(UplinkRow u) {
        Rows.execute(h, "INSERT INTO edge_gateway_uplink (gateway_id, position, network_id, default_route, "
                        + "apply_rate_limit, in_rate_limit, out_rate_limit, subnet_gateway, subnet_netmask, "
                        + "ip_address, ip_ranges, subnet_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", u.gatewayId(),
                u.position(), u.networkId(), u.defaultRoute(), u.applyRateLimit(), u.inRateLimit(), u.outRateLimit(),
                u.subnetGateway(), u.subnetNetmask(), u.ipAddress(),
                u.ranges() == null ? null : IpScope.encode(u.ranges()), u.subnetDefault());
    }

    /** Replaces the ranges an uplink subnet of an edge sets aside (null: none). */
    public void setUplinkRanges(UUID gatewayId, int position, List<IpScope.IpRange> ranges) {
        Rows.execute(h, "UPDATE edge_gateway_uplink SET ip_ranges = ? WHERE gateway_id = ? AND position = ?",
                ranges == null ? null : IpScope.encode(ranges), gatewayId, position);
    }

    /** Removes the edge's uplink to an external network (all its subnets). */
    public void deleteUplinks(UUID gatewayId, UUID networkId) {
        Rows.execute(h, "DELETE FROM edge_gateway_uplink WHERE gateway_id = ? AND network_id = ?", gatewayId,
                networkId);
    }

    public List<UplinkRow> uplinks(UUID gatewayId) {
        return h.createQuery("SELECT * FROM edge_gateway_uplink WHERE gateway_id = :id ORDER BY position")
                .bind("id", gatewayId).map(UPLINK).list();
    }

    /** Every edge's part of an external network: the addresses taken on it and the ranges set aside. */
    public List<UplinkRow> uplinksOn(UUID networkId) {
        return h.createQuery("SELECT * FROM edge_gateway_uplink WHERE network_id = :id ORDER BY gateway_id, position")
                .bind("id", networkId).map(UPLINK).list();
    }
}
