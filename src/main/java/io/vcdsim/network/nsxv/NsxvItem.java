package io.vcdsim.network.nsxv;

/**
 * The objects a document holds, each created, replaced and deleted by id: where they sit ({@code list}, a wrapper
 * element, or the root itself when null), their element and id element, and how NSX-V numbers them: rules by a
 * number from {@code firstId} on (NAT 196609, firewall 131073, as an NSX-V edge does), the others as
 * {@code prefix-n}; an IP set's id also names its VDC ({@code vdcId:ipset-n}).
 */
public enum NsxvItem {
    NAT_RULE(NsxvSection.NAT, "natRules", "natRule", "ruleId", null, 196609),
    FIREWALL_RULE(NsxvSection.FIREWALL, "firewallRules", "firewallRule", "id", null, 131073),
    APPLICATION_PROFILE(NsxvSection.LOAD_BALANCER, null, "applicationProfile", "applicationProfileId",
            "applicationProfile-", 1),
    APPLICATION_RULE(NsxvSection.LOAD_BALANCER, null, "applicationRule", "applicationRuleId", "applicationRule-", 1),
    MONITOR(NsxvSection.LOAD_BALANCER, null, "monitor", "monitorId", "monitor-", 1),
    POOL(NsxvSection.LOAD_BALANCER, null, "pool", "poolId", "pool-", 1),
    VIRTUAL_SERVER(NsxvSection.LOAD_BALANCER, null, "virtualServer", "virtualServerId", "virtualServer-", 1),
    IP_SET(NsxvSection.IP_SETS, null, "ipset", "objectId", "ipset-", 1);

    final NsxvSection section;
    final String list;
    final String element;
    final String idElement;
    final String prefix;
    final int firstId;

    NsxvItem(NsxvSection section, String list, String element, String idElement, String prefix, int firstId) {
        this.section = section;
        this.list = list;
        this.element = element;
        this.idElement = idElement;
        this.prefix = prefix;
        this.firstId = firstId;
    }

    /** The number in an id of this kind ({@code 196609}, {@code pool-3}, {@code vdc:ipset-2}); -1 if it is not one. */
    int number(String id) {
        String n = id == null ? "" : prefix == null ? id : id.substring(id.lastIndexOf(':') + 1);
        if (prefix != null) {
            if (!n.startsWith(prefix)) {
                return -1;
            }
            n = n.substring(prefix.length());
        }
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String id(String owner, int number) {
        return prefix == null ? Integer.toString(number) : this == IP_SET ? owner + ":" + prefix + number
                : prefix + number;
    }
}
