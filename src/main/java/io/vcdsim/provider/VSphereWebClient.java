package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.VimObjectStore;

import java.net.URI;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The vSphere Web Client URL of an object of a registered vCenter (the Programming Guide's "vSphere URL of an
 * object"): the client's page of that object, named as vSphere names it ({@code urn:vmomi:<type>:<moref>:<vCenter
 * instance>}). Only objects the vCenter holds have one.
 */
public final class VSphereWebClient {
    private static final int MAX_MOREF = 64;
    private final Database db;

    /** vCD's VimObjectType and vSphere's managed object type, for the objects vcdsim simulates. */
    private record ObjectType(String vmomiType, BiPredicate<VimObjectStore, Where> exists) {
    }

    private record Where(InventoryStore.Server server, String moref) {
    }

    private static final Map<String, ObjectType> TYPES = Map.of(
            "VIRTUAL_MACHINE", new ObjectType("VirtualMachine", (s, w) -> s.hasVm(w.server().id(), w.moref())),
            "HOST", new ObjectType("HostSystem", (s, w) -> s.hasHost(w.server().id(), w.moref())),
            "RESOURCE_POOL", new ObjectType("ResourcePool", (s, w) -> s.hasResourcePool(w.server().id(), w.moref())),
            "DATASTORE", new ObjectType("Datastore", (s, w) -> w.server().id().equals(Provider.VCENTER_ID)
                    && s.hasDatastore(w.moref())));

    public VSphereWebClient(Database db) {
        this.db = db;
    }

    public String url(InventoryStore.Server server, String vimObjectType, String moref) {
        ObjectType type = TYPES.get(vimObjectType);
        if (type == null) {
            throw ApiException.badRequest("VimObjectType " + vimObjectType + " is not one of " + TYPES.keySet()
                    .stream().sorted().toList() + ".");
        }
        if (moref == null || moref.isBlank() || moref.length() > MAX_MOREF) {
            throw ApiException.badRequest("A managed object reference has 1 to " + MAX_MOREF + " characters.");
        }
        Where where = new Where(server, moref);
        if (!db.read(tx -> type.exists().test(tx.store(VimObjectStore::new), where))) {
            throw ApiException.notFound("vCenter server " + server.name() + " has no " + vimObjectType + " " + moref
                    + ".");
        }
        return "https://" + URI.create(server.url()).getHost() + "/ui/#?extensionId=vsphere.core.inventory."
                + "serverObjectViewsExtension&objectId=urn:vmomi:" + type.vmomiType() + ":" + moref + ":"
                + server.id() + "&navigator=vsphere.core.viTree.hostsAndClustersView";
    }
}
