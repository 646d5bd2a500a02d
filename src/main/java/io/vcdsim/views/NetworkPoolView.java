package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.vcdsim.core.OpenApiReference.ref;

/** A network pool on both faces: vmext:VMWNetworkPool on {@code /api}, go-vcloud-director's NetworkPool on the cloudapi. */
public final class NetworkPoolView {
    private NetworkPoolView() {
    }

    public static ProviderDocs.NetworkPool xml(Viewer v, NetworkPoolStore.Row pool) {
        ProviderDocs.NetworkPool n = v.entity(new ProviderDocs.NetworkPool(), Kind.NETWORK_POOL, pool.id(),
                pool.name());
        n.status = 1;
        n.description = pool.description();
        // vmext's pool types: vlan, portGroup, and (for NSX-T) the Geneve pool's
        n.poolType = switch (pool.poolType()) {
            case NetworkPools.PORTGROUP -> "portGroup";
            default -> pool.poolType().toLowerCase(Locale.ROOT);
        };
        n.usage = 0;
        // its actions, by their names, as vCD links an object's actions (a host's repair, a VDC's enable)
        n.link("repair", n.href + "/action/repair", null);
        n.link("sync", n.href + "/action/sync", null);
        return n;
    }

    public static Map<String, Object> json(Tx tx, NetworkPoolStore.Row pool) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "REALIZED");
        m.put("id", Kind.NETWORK_POOL.urn(pool.id()));
        m.put("name", pool.name());
        m.put("description", pool.description() == null ? "" : pool.description());
        m.put("poolType", pool.poolType());
        m.put("promiscuousMode", false);
        m.put("totalBackingsCount", pool.totalBackings());
        m.put("usedBackingsCount", 0);
        Map<String, Object> owner = owner(tx, pool);
        m.put("managingOwnerRef", owner);
        Map<String, Object> backing = new LinkedHashMap<>();
        NetworkPools.Backing b = NetworkPools.backing(pool);
        backing.put("vlanIdRanges", Map.of("values", b.vlanIdRanges()));
        backing.put("vdsRefs", refs(b.vdsRefs()));
        backing.put("portGroupRefs", refs(b.portGroupRefs()));
        backing.put("transportZoneRef", pool.transportZoneId() == null ? null : tx.store(NsxtStore::new)
                .resource(pool.transportZoneId()).map(z -> ref(z.name(), z.nsxtId())).orElse(null));
        backing.put("providerRef", owner);
        m.put("backing", backing);
        return m;
    }

    /** The NSX-T manager or vCenter server managing a pool, as a cloudapi reference. */
    private static Map<String, Object> owner(Tx tx, NetworkPoolStore.Row pool) {
        if (NetworkPools.GENEVE.equals(pool.poolType())) {
            return tx.store(NsxtStore::new).manager(pool.ownerId()).map(mgr -> ref(mgr.name(),
                    Kind.NSXT_MANAGER.urn(mgr.id()))).orElse(ref("", ""));
        }
        return tx.store(InventoryStore::new).server(pool.ownerId()).map(vc -> ref(vc.name(),
                Kind.VCENTER.urn(vc.id()))).orElse(ref("", ""));
    }

    private static List<Map<String, Object>> refs(List<NetworkPools.VimRef> refs) {
        return refs.stream().map(r -> ref(r.name(), r.id())).toList();
    }
}
