package io.vcdsim.compute;

import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.Tx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated provider side: one vCenter server with its port groups (and datastores, stored with its inventory),
 * one provider VDC on it with one storage profile, and one network pool.
 * They are fixed (there is no hypervisor to describe), with ids that stay the same across restarts
 * and cells, so VDCs can be created the way clients do it.
 */
public final class Provider {
    public static final String VCENTER = "vc1";
    public static final UUID VCENTER_ID = id("vcenter:" + VCENTER);
    /** The version the simulated vCenter reports, one vCD 10.5 supports. */
    public static final String VCENTER_VERSION = "8.0.2";
    public static final String PROVIDER_VDC = "pvdc-1";
    public static final UUID PROVIDER_VDC_ID = id("provider-vdc:" + PROVIDER_VDC);
    public static final String STORAGE_PROFILE = "*";
    public static final UUID STORAGE_PROFILE_ID = id("storage-profile:" + STORAGE_PROFILE);
    public static final String NETWORK_POOL = "pool-1";
    public static final UUID NETWORK_POOL_ID = id("network-pool:" + NETWORK_POOL);

    /** vSphere's kinds of port group, as the portgroup query names them. */
    public static final String DV_PORTGROUP = "DV_PORTGROUP";
    public static final String STANDARD_PORTGROUP = "NETWORK";
    /** The vCenter's port groups external networks can stand on: a standard one and four distributed ones. */
    public static final List<PortGroup> PORT_GROUPS = List.of(
            new PortGroup("network-1", "VM Network", STANDARD_PORTGROUP),
            new PortGroup("dvportgroup-11", "dvpg-external-1", DV_PORTGROUP),
            new PortGroup("dvportgroup-12", "dvpg-external-2", DV_PORTGROUP),
            new PortGroup("dvportgroup-13", "dvpg-external-3", DV_PORTGROUP),
            new PortGroup("dvportgroup-14", "dvpg-external-4", DV_PORTGROUP));

    /** The vCenter's one distributed switch, which its distributed port groups and VLAN network pools are on. */
    public static final DvSwitch DV_SWITCH = new DvSwitch("dvs-1", "dvswitch-1");

    /** The file system and capacity of every simulated datastore. */
    public static final String DATASTORE_FS_TYPE = "VMFS";
    public static final long DATASTORE_CAPACITY_MB = 4L << 20;

    /** A distributed virtual switch of the vCenter: its managed object reference and name. */
    public record DvSwitch(String moref, String name) {
        /** A stable id, for the records that list it. */
        public UUID id() {
            return Provider.id("dvswitch:" + moref);
        }
    }

    /** A port group of the vCenter: its managed object reference, name, and kind. */
    public record PortGroup(String moref, String name, String type) {
        /** A stable id, for the records that list it. */
        public UUID id() {
            return Provider.id("portgroup:" + moref);
        }
    }

    private Provider() {
    }

    public static Optional<PortGroup> portGroup(String moref) {
        return PORT_GROUPS.stream().filter(p -> p.moref().equals(moref)).findFirst();
    }

    /** The vCenter's {@code n}th datastore (from 1), as seeded: {@code datastore-21 shared-disk-1} first. */
    public static DatastoreStore.Datastore datastore(int n) {
        String moref = "datastore-" + (20 + n);
        return new DatastoreStore.Datastore(id("datastore:" + moref), moref, "shared-disk-" + n, DATASTORE_FS_TYPE,
                DATASTORE_CAPACITY_MB);
    }

    /** The vCenter's datastores, as stored with its inventory: VMs sit on the first unless relocated. */
    public static List<DatastoreStore.Datastore> datastores(Tx tx) {
        return tx.store(DatastoreStore::new).all();
    }

    public static Optional<DatastoreStore.Datastore> datastore(Tx tx, UUID id) {
        return tx.store(DatastoreStore::new).find(id);
    }

    /** The datastore a VM sits on: the one its moref names, else the first. */
    public static DatastoreStore.Datastore datastoreOf(Tx tx, String moref) {
        return datastoreOf(datastores(tx), moref);
    }

    /** The same, among datastores already read (for many VMs at once). */
    public static DatastoreStore.Datastore datastoreOf(List<DatastoreStore.Datastore> all, String moref) {
        return all.stream().filter(d -> d.moref().equals(moref)).findFirst().orElse(all.get(0));
    }

    /** An id that stays the same across restarts and cells for a seeded object of this name. */
    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("vcdsim-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
