package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.model.OrgVdcNetwork;
import io.vcdsim.store.NetworkRow;

/** An org VDC network, in its user view ({@code /api/network}) and its admin view ({@code /api/admin/network}). */
public final class NetworkView {
    private NetworkView() {
    }

    public static OrgVdcNetwork of(Viewer v, NetworkRow n, boolean admin) {
        OrgVdcNetwork net = v.entity(new OrgVdcNetwork(), Kind.NETWORK, n.id(), n.name());
        if (admin) {
            net.href = v.adminHref(Kind.NETWORK, n.id());
        }
        net.status = 1;
        net.description = n.description();
        Viewer.metadataLink(net);
        if (n.vdcId() != null) {
            if (admin) {
                v.adminLink(net, "up", Kind.VDC, n.vdcId());
            } else {
                v.link(net, "up", Kind.VDC, n.vdcId());
            }
        }
        if (admin) {
            v.link(net, "alternate", Kind.NETWORK, n.id());
        } else if (v.principal().has(Right.ADMIN_VIEW)) {
            v.adminLink(net, "alternate", Kind.NETWORK, n.id());
        }
        OrgVdcNetwork.IpScope scope = new OrgVdcNetwork.IpScope();
        scope.isInherited = false;
        scope.gateway = n.gateway();
        scope.netmask = n.netmask();
        scope.subnetPrefixLength = prefixLength(n.netmask());
        scope.isEnabled = true;
        net.configuration = new OrgVdcNetwork.Configuration();
        net.configuration.backwardCompatibilityMode = false;
        net.configuration.ipScopes.add(scope);
        net.configuration.fenceMode = n.fenceMode();
        net.configuration.retainNetInfoAcrossDeployments = false;
        net.isShared = false;
        return net;
    }

    /** 24 for 255.255.255.0: the bits a dotted netmask sets. */
    static int prefixLength(String netmask) {
        int bits = 0;
        for (String part : netmask.split("\\.")) {
            bits += Integer.bitCount(Integer.parseInt(part) & 0xff);
        }
        return bits;
    }
}
