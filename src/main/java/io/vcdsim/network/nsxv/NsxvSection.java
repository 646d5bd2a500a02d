package io.vcdsim.network.nsxv;

import io.vcdsim.store.NsxvStore;

/**
 * A document of NSX-V configuration, kept whole as the manager keeps it: an edge's NAT, firewall, load balancer and
 * DHCP relay, a VDC's IP sets. {@code initial} is what a new advanced edge (or VDC) has: NAT and firewall on with
 * no rules and the default policy deny, the load balancer off, no relay, no IP sets.
 */
public enum NsxvSection {
    NAT(NsxvStore.Scope.EDGE, "nat", "<nat><version>1</version><enabled>true</enabled><natRules/></nat>"),
    FIREWALL(NsxvStore.Scope.EDGE, "firewall", "<firewall><version>1</version><enabled>true</enabled>"
            + "<globalConfig><tcpPickOngoingConnections>false</tcpPickOngoingConnections><dropInvalidTraffic>true"
            + "</dropInvalidTraffic><logInvalidTraffic>false</logInvalidTraffic></globalConfig><defaultPolicy>"
            + "<action>deny</action><loggingEnabled>false</loggingEnabled></defaultPolicy><firewallRules/>"
            + "</firewall>"),
    LOAD_BALANCER(NsxvStore.Scope.EDGE, "loadBalancer", "<loadBalancer><version>1</version><enabled>false"
            + "</enabled><enableServiceInsertion>false</enableServiceInsertion><accelerationEnabled>false"
            + "</accelerationEnabled><logging><enable>false</enable><logLevel>info</logLevel></logging>"
            + "</loadBalancer>"),
    DHCP_RELAY(NsxvStore.Scope.EDGE, "relay", "<relay/>"),
    IP_SETS(NsxvStore.Scope.VDC, "list", "<list/>");

    final NsxvStore.Scope scope;
    /** The document's root element, also its key in the store. */
    final String root;
    final String initial;

    NsxvSection(NsxvStore.Scope scope, String root, String initial) {
        this.scope = scope;
        this.root = root;
        this.initial = initial;
    }
}
