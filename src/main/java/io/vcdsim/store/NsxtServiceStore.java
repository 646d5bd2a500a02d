package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The NSX-T edge gateway services' rows ({@code tx.store(NsxtServiceStore::new)}): firewall groups and their member
 * networks, an edge's firewall and NAT rules, application port profiles. Bodies are JSON the services read and write;
 * the columns are what lists, ownership and cascades need.
 */
public final class NsxtServiceStore {
    public static final String FIREWALL = "FIREWALL";
    public static final String NAT = "NAT";

    /** A firewall group; its owner is an edge gateway ({@code edgeId}) or a VDC group ({@code vdcGroupId}). */
    public record Group(UUID id, UUID orgId, UUID edgeId, UUID vdcGroupId, String name, String type, String body,
                        Instant created) {
    }

    public record Rule(UUID id, UUID edgeId, String ruleSet, int position, String name, int version, String body) {
    }

    public record Profile(UUID id, String scope, UUID orgId, UUID vdcId, UUID vdcGroupId, String name,
                          String description, String ports) {
    }

    private static final RowMapper<Group> GROUP = (rs, ctx) -> new Group(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            Rows.uuid(rs, "edge_id"), Rows.uuid(rs, "vdc_group_id"), rs.getString("name"), rs.getString("group_type"),
            rs.getString("body"), Rows.instant(rs, "created"));
    private static final RowMapper<Rule> RULE = (rs, ctx) -> new Rule(Rows.uuid(rs, "id"), Rows.uuid(rs, "edge_id"),
            rs.getString("rule_set"), rs.getInt("position"), rs.getString("name"), rs.getInt("version"),
            rs.getString("body"));
    private static final RowMapper<Profile> PROFILE = (rs, ctx) -> new Profile(Rows.uuid(rs, "id"),
            rs.getString("scope"), Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), Rows.uuid(rs, "vdc_group_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("ports"));

    private final Handle h;

    public NsxtServiceStore(Handle h) {
        this.h = h;
    }

    // firewall groups

    public Optional<Group> group(UUID id) {
        return h.createQuery("SELECT * FROM nsxt_firewall_group WHERE id = :id").bind("id", id).map(GROUP).findOne();
    }

    public Optional<Group> lockGroup(UUID id) {
        return h.createQuery("SELECT * FROM nsxt_firewall_group WHERE id = :id FOR UPDATE").bind("id", id).map(GROUP)
                .findOne();
    }

    /** Every group of the org (every org's for null), oldest first. */
    public List<Group> groups(UUID orgId) {
        var q = h.createQuery("SELECT * FROM nsxt_firewall_group" + (orgId == null ? "" : " WHERE org_id = :o")
                + " ORDER BY created, id");
        return (orgId == null ? q : q.bind("o", orgId)).map(GROUP).list();
    }

    public List<Group> groupsOfEdge(UUID edgeId) {
        return h.createQuery("SELECT * FROM nsxt_firewall_group WHERE edge_id = :e ORDER BY created, id")
                .bind("e", edgeId).map(GROUP).list();
    }

    public List<Group> groupsOfVdcGroup(UUID vdcGroupId) {
        return h.createQuery("SELECT * FROM nsxt_firewall_group WHERE vdc_group_id = :g ORDER BY created, id")
                .bind("g", vdcGroupId).map(GROUP).list();
    }

    public void insertGroup(Group g, List<UUID> members) {
        Rows.execute(h, "INSERT INTO nsxt_firewall_group (id, org_id, edge_id, vdc_group_id, name, group_type, body, "
                + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", g.id(), g.orgId(), g.edgeId(), g.vdcGroupId(), g.name(),
                g.type(), g.body(), g.created());
        setMembers(g.id(), members);
    }

    public void updateGroup(Group g, List<UUID> members) {
        Rows.execute(h, "UPDATE nsxt_firewall_group SET name = ?, body = ? WHERE id = ?", g.name(), g.body(), g.id());
        setMembers(g.id(), members);
    }

    public void deleteGroup(UUID id) {
        Rows.execute(h, "DELETE FROM nsxt_firewall_group WHERE id = ?", id);
    }

    public List<UUID> members(UUID groupId) {
        return h.createQuery("SELECT network_id FROM nsxt_firewall_group_member WHERE group_id = :g ORDER BY position")
                .bind("g", groupId).mapTo(UUID.class).list();
    }

    private void setMembers(UUID groupId, List<UUID> members) {
        Rows.execute(h, "DELETE FROM nsxt_firewall_group_member WHERE group_id = ?", groupId);
        int position = 0;
        for (UUID m : members) {
            Rows.execute(h, "INSERT INTO nsxt_firewall_group_member (group_id, network_id, position) VALUES (?, ?, ?)",
                    groupId, m, position++);
        }
    }

    /** A VM attached to a security group's network, with its vApp, VDC and org. */
    public record MemberVm(UUID vmId, String vmName, UUID vappId, String vappName, UUID vdcId, String vdcName,
                           UUID orgId, String orgName) {
    }

    /** A vApp VM a dynamic group's criteria are tried on: where it is, and its guest OS type. */
    public record CandidateVm(MemberVm vm, String osType) {
    }

    private static final String MEMBER_VM_SELECT = "SELECT v.id, v.name, v.os_type, a.id AS vapp_id, a.name AS vapp_name, "
            + "d.id AS vdc_id, d.name AS vdc_name, o.id AS org_id, o.name AS org_name FROM vm v "
            + "JOIN vapp a ON a.id = v.parent_id JOIN vdc d ON d.id = a.vdc_id JOIN org o ON o.id = v.org_id ";
    private static final RowMapper<MemberVm> MEMBER_VM = (rs, ctx) -> new MemberVm(Rows.uuid(rs, "id"),
            rs.getString("name"), Rows.uuid(rs, "vapp_id"), rs.getString("vapp_name"), Rows.uuid(rs, "vdc_id"),
            rs.getString("vdc_name"), Rows.uuid(rs, "org_id"), rs.getString("org_name"));

    /** The org's VMs with a NIC on one of these networks (a NIC names its network), in name order. */
    public List<MemberVm> vmsOn(UUID orgId, List<String> networkNames) {
        if (networkNames.isEmpty()) {
            return List.of();
        }
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < networkNames.size(); i++) {
            any.append(i == 0 ? "" : " OR ").append("v.nics LIKE :n").append(i);
        }
        var q = h.createQuery(MEMBER_VM_SELECT + "WHERE v.org_id = :o AND (" + any + ") ORDER BY v.name, v.id")
                .bind("o", orgId);
        for (int i = 0; i < networkNames.size(); i++) {
            q.bind("n" + i, "%\"network\":\"" + networkNames.get(i).replace("%", "\\%").replace("_", "\\_")
                    + "\"%");
        }
        return q.map(MEMBER_VM).list();
    }

    /** The vApp VMs of these VDCs, in name order. */
    public List<CandidateVm> vmsIn(List<UUID> vdcIds) {
        if (vdcIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery(MEMBER_VM_SELECT + "WHERE a.vdc_id IN (<vdcs>) ORDER BY v.name, v.id")
                .bindList("vdcs", vdcIds).map((rs, ctx) -> new CandidateVm(MEMBER_VM.map(rs, ctx),
                        rs.getString("os_type"))).list();
    }

    // firewall and NAT rules

    public List<Rule> rules(UUID edgeId, String ruleSet) {
        return h.createQuery("SELECT * FROM nsxt_edge_rule WHERE edge_id = :e AND rule_set = :s ORDER BY position, id")
                .bind("e", edgeId).bind("s", ruleSet).map(RULE).list();
    }

    public Optional<Rule> rule(UUID edgeId, String ruleSet, UUID id) {
        return h.createQuery("SELECT * FROM nsxt_edge_rule WHERE edge_id = :e AND rule_set = :s AND id = :id")
                .bind("e", edgeId).bind("s", ruleSet).bind("id", id).map(RULE).findOne();
    }

    public void insertRule(Rule r) {
        Rows.execute(h, "INSERT INTO nsxt_edge_rule (id, edge_id, rule_set, position, name, version, body) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.edgeId(), r.ruleSet(), r.position(), r.name(), r.version(),
                r.body());
    }

    public void updateRule(Rule r) {
        Rows.execute(h, "UPDATE nsxt_edge_rule SET position = ?, name = ?, version = ?, body = ? WHERE id = ?",
                r.position(), r.name(), r.version(), r.body(), r.id());
    }

    public void deleteRule(UUID id) {
        Rows.execute(h, "DELETE FROM nsxt_edge_rule WHERE id = ?", id);
    }

    public void deleteRules(UUID edgeId, String ruleSet) {
        Rows.execute(h, "DELETE FROM nsxt_edge_rule WHERE edge_id = ? AND rule_set = ?", edgeId, ruleSet);
    }

    /** The names of the rules (of any edge) whose body names this id: a group or profile they use. */
    public List<String> rulesNaming(UUID id) {
        return h.createQuery("SELECT name FROM nsxt_edge_rule WHERE body LIKE :id ORDER BY name")
                .bind("id", "%" + id + "%").mapTo(String.class).list();
    }

    // application port profiles

    /** A SYSTEM profile of one protocol and its ports, as vCD ships it. */
    private static Profile system(String id, String name, String protocol, String... ports) {
        StringBuilder json = new StringBuilder("[{\"protocol\":\"").append(protocol)
                .append("\",\"destinationPorts\":[");
        for (int i = 0; i < ports.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(ports[i]).append('"');
        }
        return new Profile(UUID.fromString(id), "SYSTEM", null, null, null, name, name, json.append("]}]").toString());
    }

    /** The same, its id made from its name (ids of vcdsim's own, the same on every cell). */
    private static Profile systemNamed(String name, String protocol, String... ports) {
        return system(UUID.nameUUIDFromBytes(("vcdsim:system-port-profile:" + name).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString(), name, protocol, ports);
    }

    /** vCD's SYSTEM application port profiles (a selection: those terraform's and the clients' examples name). */
    private static final List<Profile> SYSTEM_PROFILES = List.of(
            system("983800d3-eb79-58a2-8c6f-ded56c092e71", "HTTP", "TCP", "80"),
            system("105dd705-472f-5468-b19a-9b30d15e1812", "HTTPS", "TCP", "443"),
            system("69ff5f9c-94dd-588f-98a1-da35a6cea48e", "SSH", "TCP", "22"),
            system("93e3c143-a818-5895-9ec5-de1855e61c98", "ICMP ALL", "ICMPv4"),
            system("a9d76774-d93b-53e8-970f-cc46cdb983a7", "ICMPv6 ALL", "ICMPv6"),
            system("eddcc21b-dabd-5e3d-9c53-8d0069f9c44d", "DNS", "TCP", "53"),
            system("f1a621b1-cfa0-5d16-ac7d-8639f87db97b", "DNS-UDP", "UDP", "53"),
            system("5ffeb7ee-56d3-55d6-b466-22641f6590d6", "FTP", "TCP", "21"),
            system("70a5dfb3-de66-5da6-9f4a-7106850b0870", "TFTP", "UDP", "69"),
            system("c8885900-92ec-5656-8563-6698b99b6082", "LDAP", "TCP", "389"),
            system("a542004c-1a9f-51f7-bc98-84d3c152ea4f", "LDAP-over-SSL", "TCP", "636"),
            system("d776db07-98d4-57c2-bab8-776c3942044c", "MySQL", "TCP", "3306"),
            system("58e1aab8-ac76-53c4-852f-14831997d77c", "MS-SQL-S", "TCP", "1433"),
            system("3fb95dae-ed64-5827-8ace-0a6ee6786ffd", "Oracle", "TCP", "1521"),
            system("12a81c8b-13eb-5e50-8b00-0fb094942839", "NTP", "UDP", "123"),
            system("76bb0302-2264-5be7-aaf5-69de9ab42283", "RDP", "TCP", "3389"),
            system("72b6b931-883a-51f6-98e6-295e7fab4f91", "SMTP", "TCP", "25"),
            system("5c3179fb-eba9-555d-a02f-62b7bf6cb873", "SNMP", "UDP", "161"),
            system("83e182c7-4111-57fb-b1e6-0b4a0e916e69", "Syslog (UDP)", "UDP", "514"),
            system("95fa8d74-18fe-505c-9cbe-3d6cea39f9d9", "Telnet", "TCP", "23"),
            system("ecb5927d-81f6-51d4-8167-372f8f09688e", "IMAP", "TCP", "143"),
            system("054b0c0f-39a4-52a9-81ac-8428eb9033aa", "POP3", "TCP", "110"),
            system("947fab05-170e-54c1-ba34-931980a39cef", "KERBEROS", "TCP", "88"),
            system("c5507d4f-f0be-500d-af21-c61144fe091b", "VMware-VC-WebAccess", "TCP", "9443"),
            system("37abf499-6116-525b-b71c-1b759f12ac8a", "HTTP-ALT", "TCP", "8080"),
            system("ddea6f67-b29b-5d17-9f94-a3d783640810", "Squid Proxy", "TCP", "3128"),
            // more of NSX-T's services (go-vcloud-director's distributed firewall test puts up to 39 on one rule)
            systemNamed("BGP", "TCP", "179"), systemNamed("CIM-HTTP", "TCP", "5988"), systemNamed("CIM-HTTPS", "TCP", "5989"),
            systemNamed("DHCP-Client", "UDP", "68"), systemNamed("DHCP-Server", "UDP", "67"), systemNamed("ISAKMP", "UDP", "500"),
            systemNamed("IPsec NAT Traversal", "UDP", "4500"), systemNamed("LDAP-UDP", "UDP", "389"),
            systemNamed("NFS", "TCP", "2049"), systemNamed("NetBios Name Service (UDP)", "UDP", "137"),
            systemNamed("NetBios Datagram (UDP)", "UDP", "138"), systemNamed("NetBios Session Service (TCP)", "TCP", "139"),
            systemNamed("SMB", "TCP", "445"), systemNamed("SNMP-TRAP", "UDP", "162"), systemNamed("Syslog (TCP)", "TCP", "514"),
            systemNamed("VNC", "TCP", "5900"), systemNamed("Windows-Global-Catalog", "TCP", "3268"), systemNamed("WINS", "TCP", "42"));

    /** Puts vCD's SYSTEM profiles back when missing: a new store, a reset and an older saved state lack them. */
    public void ensureSystemProfiles() {
        for (Profile p : SYSTEM_PROFILES) {
            if (profile(p.id()).isEmpty()) {
                insertProfile(p);
            }
        }
    }


    public Optional<Profile> profile(UUID id) {
        return h.createQuery("SELECT * FROM nsxt_app_port_profile WHERE id = :id").bind("id", id).map(PROFILE)
                .findOne();
    }

    /** The SYSTEM and PROVIDER profiles and, for an org, its own; for null, every org's too. */
    public List<Profile> profiles(UUID orgId) {
        var q = h.createQuery("SELECT * FROM nsxt_app_port_profile" + (orgId == null ? ""
                : " WHERE org_id IS NULL OR org_id = :o") + " ORDER BY scope DESC, name, id");
        return (orgId == null ? q : q.bind("o", orgId)).map(PROFILE).list();
    }

    public void insertProfile(Profile p) {
        Rows.execute(h, "INSERT INTO nsxt_app_port_profile (id, scope, org_id, vdc_id, vdc_group_id, name, "
                + "description, ports) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.scope(), p.orgId(), p.vdcId(),
                p.vdcGroupId(), p.name(), p.description(), p.ports());
    }

    public void updateProfile(Profile p) {
        Rows.execute(h, "UPDATE nsxt_app_port_profile SET name = ?, description = ?, ports = ?, vdc_id = ?, "
                + "vdc_group_id = ? WHERE id = ?", p.name(), p.description(), p.ports(), p.vdcId(), p.vdcGroupId(),
                p.id());
    }

    public void deleteProfile(UUID id) {
        Rows.execute(h, "DELETE FROM nsxt_app_port_profile WHERE id = ?", id);
    }
}
