package io.vcdsim.provider;

import io.vcdsim.store.NsxtStore;

import java.util.List;
import java.util.Map;

/**
 * What {@code nsxt-manager-1} offers vCD besides routers, clusters and zones: its segment profiles of each kind (the
 * default one NSX-T ships, named as NSX-T names it, and one made by the provider), gateway QoS profiles, NSX-T's
 * SYSTEM network context profiles and segments made outside vCD that an org VDC network may import. Each kind is
 * seeded when the manager has none of it, so a store saved before it was offered gets it on start, load or reset.
 */
final class NsxtOfferings {
    /** The profiles of each segment profile kind: NSX-T's default (its id is its name) and one of the provider's. */
    private static final Map<String, List<String>> SEGMENT_PROFILES = Map.of(
            NsxtStore.IP_DISCOVERY, List.of("default-ip-discovery-profile", "ip-discovery-1"),
            NsxtStore.MAC_DISCOVERY, List.of("default-mac-discovery-profile", "mac-discovery-1"),
            NsxtStore.SPOOF_GUARD, List.of("default-spoofguard-profile", "spoofguard-1"),
            NsxtStore.SEGMENT_QOS, List.of("default-qos-profile", "qos-1"),
            NsxtStore.SEGMENT_SECURITY, List.of("default-segment-security-profile", "segment-security-1"));
    private static final List<String> GATEWAY_QOS = List.of("gateway-qos-1", "gateway-qos-2");
    private static final List<String> SEGMENTS = List.of("segment-1", "segment-2", "segment-3", "segment-4");
    /**
     * NSX-T's SYSTEM context profiles, each one application id (their ids are their names): more than go-vcloud-
     * director's Test_NsxtDistributedFirewallRule takes (it puts up to 36 on one rule).
     */
    private static final List<String> CONTEXT_PROFILES = List.of("ACTIVDIR", "AMQP", "AVAST", "BITTORRENT", "BLAST",
            "CIFS", "CITRIXICA", "DHCP", "DIAMETER", "DNS", "EPIC", "FTP", "GITHUB", "HTTP", "HTTP2", "IMAP",
            "KERBEROS", "LDAP", "LDAPS", "MAXDB", "MSSQL", "MYSQL", "NFS", "NNTP", "NTP", "OPENVPN", "ORACLE",
            "PCOIP", "POP3", "RADIUS", "RDP", "SMTP", "SNMP", "SSH", "SSL", "SVN", "SYSLOG", "TELNET", "TFTP", "VNC",
            "WINS", "XMPP");
    static final String APP_ID = "APP_ID";

    private NsxtOfferings() {
    }

    static void ensure(NsxtStore nsxt) {
        SEGMENT_PROFILES.forEach((kind, names) -> {
            if (missing(nsxt, kind)) {
                for (String name : names) {
                    boolean nsxtDefault = name.startsWith("default-");
                    NsxtInventory.seed(nsxt, kind, nsxtDefault ? name : NsxtInventory.objectId(kind, name), name,
                            nsxtDefault ? "NSX-T's default profile" : "A profile of the provider's", null);
                }
            }
        });
        if (missing(nsxt, NsxtStore.GATEWAY_QOS)) {
            for (String name : GATEWAY_QOS) {
                NsxtInventory.seed(nsxt, NsxtStore.GATEWAY_QOS, NsxtInventory.objectId(NsxtStore.GATEWAY_QOS, name),
                        name, "A gateway rate limit of the provider's", null);
            }
        }
        if (missing(nsxt, NsxtStore.SEGMENT)) {
            for (String name : SEGMENTS) {
                NsxtInventory.seed(nsxt, NsxtStore.SEGMENT, NsxtInventory.objectId(NsxtStore.SEGMENT, name), name,
                        "A segment made in NSX-T", null);
            }
        }
        if (missing(nsxt, NsxtStore.CONTEXT_PROFILE)) {
            for (String name : CONTEXT_PROFILES) {
                NsxtInventory.seed(nsxt, NsxtStore.CONTEXT_PROFILE, name, name, "The " + name + " application",
                        APP_ID);
            }
        }
    }

    private static boolean missing(NsxtStore nsxt, String kind) {
        return nsxt.resources(NsxtInventory.MANAGER_ID, List.of(kind)).isEmpty();
    }
}
