package io.vcdsim.views;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;

/** The one simulated provider VDC, its storage profile and its network pool, as a system administrator reads them. */
public final class ProviderView {
    private ProviderView() {
    }

    public static ProviderDocs.ProviderVdc providerVdc(Tx tx, Viewer v) {
        ProviderDocs.ProviderVdc p = v.entity(new ProviderDocs.ProviderVdc(), Kind.PROVIDER_VDC,
                Provider.PROVIDER_VDC_ID, Provider.PROVIDER_VDC);
        p.status = 1;
        p.description = "The simulated provider VDC every org VDC stands on";
        p.link("up", v.href("/api/admin"), MediaTypes.xml(MediaTypes.VCLOUD));
        p.storageProfiles.add(v.ref(Kind.PROVIDER_VDC_STORAGE_PROFILE, Provider.STORAGE_PROFILE_ID,
                Provider.STORAGE_PROFILE));
        for (VdcRow vdc : tx.resources().allVdcs()) {
            p.vdcs.add(v.adminRef(Kind.VDC, vdc.id(), vdc.name()));
        }
        p.isEnabled = true;
        p.networkPoolReferences.add(v.adminRef(Kind.NETWORK_POOL, Provider.NETWORK_POOL_ID, Provider.NETWORK_POOL));
        return p;
    }

    /** The provider VDC's one storage profile, without a capacity limit (0 MB: unlimited, as vCD writes it). */
    public static ProviderDocs.StorageProfile storageProfile(Viewer v) {
        ProviderDocs.StorageProfile s = v.entity(new ProviderDocs.StorageProfile(), Kind.PROVIDER_VDC_STORAGE_PROFILE,
                Provider.STORAGE_PROFILE_ID, Provider.STORAGE_PROFILE);
        v.link(s, "up", Kind.PROVIDER_VDC, Provider.PROVIDER_VDC_ID);
        s.enabled = true;
        s.units = "MB";
        s.capacityTotal = 0L;
        s.capacityUsed = 0L;
        return s;
    }

    public static ProviderDocs.NetworkPool networkPool(Viewer v) {
        ProviderDocs.NetworkPool n = v.entity(new ProviderDocs.NetworkPool(), Kind.NETWORK_POOL,
                Provider.NETWORK_POOL_ID, Provider.NETWORK_POOL);
        n.status = 1;
        n.description = "The simulated network pool org VDC networks are backed by";
        n.poolType = "vlan";
        n.usage = 0;
        return n;
    }
}
