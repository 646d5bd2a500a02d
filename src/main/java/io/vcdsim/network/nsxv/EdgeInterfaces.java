package io.vcdsim.network.nsxv;

import io.vcdsim.core.IpScope;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An edge's vNics as {@code /network/edges/{id}/vdcNetworks} lists them: its uplinks first (one vNic per external
 * network, from index 0, with the edge's address on it), then the routed org VDC networks on their own interfaces,
 * then those that are sub-interfaces of the trunk (index 10 on). Distributed networks are the distributed router's,
 * not the edge's vNics, so they are not listed.
 */
public final class EdgeInterfaces {
    /** vNic 0-9 are the edge's interfaces; sub-interfaces of its trunk come after. */
    private static final int FIRST_SUBINTERFACE = 10;
    private final Database db;

    public EdgeInterfaces(Database db) {
        this.db = db;
    }

    public String of(EdgeGatewayRow edge) {
        return db.read(tx -> write(tx, edge));
    }

    private static String write(Tx tx, EdgeGatewayRow edge) {
        Document doc = NsxvXml.parse("<edgeInterfaces/>");
        Element root = doc.getDocumentElement();
        Map<UUID, List<UplinkRow>> uplinks = new LinkedHashMap<>();
        tx.edges().uplinks(edge.id()).forEach(u -> uplinks.computeIfAbsent(u.networkId(), k -> new ArrayList<>())
                .add(u));
        int index = 0;
        for (Map.Entry<UUID, List<UplinkRow>> u : uplinks.entrySet()) {
            String name = tx.networks().external(u.getKey()).map(n -> n.name()).orElse(u.getKey().toString());
            UplinkRow first = u.getValue().get(0);
            add(root, name, "uplink", index++, u.getKey(), "com.vmware.vcloud.entity.network",
                    first.ipAddress(), first.subnetNetmask());
        }
        int sub = FIRST_SUBINTERFACE;
        for (NetworkRow n : tx.networks().routedBy(edge.id())) {
            String gateway = n.scope() == null ? null : n.scope().gateway();
            String mask = n.scope() == null ? null : n.scope().netmask();
            if (NetworkRow.SUBINTERFACE.equals(n.edgeInterface())) {
                add(root, n.name(), "subinterface", sub++, n.id(), "com.vmware.vcloud.entity.orgVdcNetwork",
                        gateway, mask);
            } else if (!NetworkRow.DISTRIBUTED.equals(n.edgeInterface())) {
                add(root, n.name(), "internal", index++, n.id(), "com.vmware.vcloud.entity.orgVdcNetwork",
                        gateway, mask);
            }
        }
        return NsxvXml.write(root);
    }

    private static void add(Element root, String name, String type, int index, UUID network, String networkType,
                            String address, String netmask) {
        Element i = element(root, "edgeInterface");
        text(i, "name", name);
        text(i, "type", type);
        text(i, "index", Integer.toString(index));
        Element ref = element(i, "networkReference");
        text(ref, "id", network.toString());
        text(ref, "name", name);
        text(ref, "type", networkType);
        Element group = element(element(i, "addressGroups"), "addressGroup");
        if (address != null && netmask != null) {
            text(group, "primaryAddress", address);
            text(group, "subnetMask", netmask);
            text(group, "subnetPrefixLength", Integer.toString(IpScope.prefixLength(netmask)));
        }
        text(i, "portgroupName", name);
        text(i, "isConnected", "true");
    }

    private static Element element(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        element(parent, name).setTextContent(value);
    }
}
