package io.vcdsim.rde;

import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/**
 * The runtime defined entity types a vCD comes with: {@code vmware:tkgcluster:1.0.0}, a Tanzu Kubernetes cluster,
 * which implements the built-in {@code vmware:k8s:1.0.0} interface (go-vcloud-director's TestRdeMetadata makes an
 * entity of it). Put in place when missing: a new store, a reset, a state saved before it.
 */
public final class BuiltInTypes {
    static final UUID TKG_CLUSTER = UUID.fromString("3c1f0e2b-7a4d-4b8e-9f26-1d5c8a7e4b90");
    /**
     * What vCD's schema requires of a TKG cluster, its outline only (vCD's own spells out the whole Kubernetes
     * cluster spec): an entity that is not one, {@code {"foo": "bar"}} say, resolves to RESOLUTION_ERROR.
     */
    static final String TKG_CLUSTER_SCHEMA = "{\"type\":\"object\",\"required\":[\"kind\",\"metadata\",\"spec\"],"
            + "\"properties\":{\"kind\":{\"type\":\"string\",\"enum\":[\"TanzuKubernetesCluster\"]},"
            + "\"metadata\":{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"namespace\":{\"type\":\"string\"}}},\"spec\":{\"type\":\"object\"},\"status\":{\"type\":\"object\"}}}";

    private BuiltInTypes() {
    }

    public static void ensure(Tx tx) {
        tx.store(RdeInterfaceStore::new).ensureBuiltIn();
        RdeTypeStore types = tx.store(RdeTypeStore::new);
        if (types.find("vmware", "tkgcluster", "1.0.0").isPresent()) {
            return;
        }
        types.save(new RdeTypeStore.Row(TKG_CLUSTER, "vmware", "tkgcluster", "1.0.0", "TKG Cluster",
                "A Tanzu Kubernetes cluster", null, null, null, false, TKG_CLUSTER_SCHEMA, null),
                List.of(RdeInterfaceStore.KUBERNETES));
        RdeRights.ensure(tx, "vmware", "tkgcluster", "TKG Cluster");
    }
}
