package io.vcdsim.extensibility;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.ObjectExtensionStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a provider VDC's VMs may be placed, as placement messages name them: its enabled resource pools
 * ({@code moref://{vCenter id}/ResourcePool#{moref}}, the primary pool first: vcdsim's own choice) and the hosts of
 * their clusters ({@code moref://{vCenter id}/HostSystem#{moref}}).
 */
final class Hubs {
    /** A hub: the provider VDC pool a VM placed there runs in, and the host if the hub is one. */
    private record Hub(UUID pvdcPoolId, UUID hostId) {
    }

    private final Map<String, Hub> hubs;

    private Hubs(Map<String, Hub> hubs) {
        this.hubs = hubs;
    }

    static Hubs of(InventoryStore inventory, UUID providerVdc) {
        Map<String, Hub> hubs = new LinkedHashMap<>();
        List<InventoryStore.PvdcPool> pools = new ArrayList<>(inventory.pvdcPools(providerVdc).stream()
                .filter(InventoryStore.PvdcPool::enabled).toList());
        pools.sort((a, b) -> Boolean.compare(b.primary(), a.primary()));
        for (InventoryStore.PvdcPool p : pools) {
            hubs.put(uri(p.pool().vcenterId(), "ResourcePool", p.pool().moref()), new Hub(p.id(), null));
        }
        for (InventoryStore.PvdcPool p : pools) {
            for (InventoryStore.Host h : inventory.hostsIn(p.pool().vcenterId(), p.pool().clusterMoref())) {
                hubs.putIfAbsent(uri(h.vcenterId(), "HostSystem", h.moref()), new Hub(p.id(), h.id()));
            }
        }
        return new Hubs(hubs);
    }

    private static String uri(UUID vcenterId, String type, String moref) {
        return "moref://" + vcenterId + "/" + type + "#" + moref;
    }

    boolean isEmpty() {
        return hubs.isEmpty();
    }

    /** vcdsim's own choice: the primary pool. */
    String defaultHub() {
        return hubs.keySet().iterator().next();
    }

    /** The proposal for these VMs: every hub ranked, the one chosen so far first. */
    List<PlacementMessages.Subject> proposal(Map<String, String> chosen) {
        List<PlacementMessages.Subject> subjects = new ArrayList<>();
        chosen.forEach((vm, hub) -> {
            List<String> ranked = new ArrayList<>(List.of(hub));
            hubs.keySet().stream().filter(h -> !h.equals(hub)).forEach(ranked::add);
            subjects.add(new PlacementMessages.Subject(vm, ranked));
        });
        return subjects;
    }

    /** Why an extension's choice cannot be applied (a hub that is not one of these), or null. */
    ApiException unknownIn(Map<String, String> chosen, String extension) {
        return chosen.values().stream().filter(h -> !hubs.containsKey(h)).findFirst()
                .map(h -> new ApiException(500, "INTERNAL_SERVER_ERROR", "Object extension " + extension
                        + " placed a VM on " + h + ", which is no resource pool or host of the VM's provider VDC."))
                .orElse(null);
    }

    /** Puts each VM where it was chosen to go; vcdsim's own choice changes nothing. */
    void apply(Tx tx, List<VmRow> vms, Map<String, String> chosen) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        ObjectExtensionStore placements = tx.store(ObjectExtensionStore::new);
        for (VmRow vm : vms) {
            String uri = chosen.get(vm.id().toString());
            if (uri == null || uri.equals(defaultHub())) {
                continue;
            }
            Hub hub = hubs.get(uri);
            inventory.placeVms(List.of(vm.id()), hub.pvdcPoolId());
            if (hub.hostId() != null) {
                placements.placeOnHost(vm.id(), hub.hostId());
            }
        }
    }
}
