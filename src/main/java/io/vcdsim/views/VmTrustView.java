package io.vcdsim.views;

import io.vcdsim.compute.Sections;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmTrustDocs;
import io.vcdsim.store.VmRow;

/** A VM's trusted platform module and, for a replication tracking VM, what it tracks (API 38.0's VM sections). */
public final class VmTrustView {
    private VmTrustView() {
    }

    public static VmTrustDocs.TrustedPlatformModule tpm(Viewer v, VmRow vm, Sections s, boolean editable) {
        VmTrustDocs.TrustedPlatformModule t = new VmTrustDocs.TrustedPlatformModule();
        t.href = VmSectionView.href(v, vm) + "/trustedPlatformModule";
        t.type = MediaTypes.xml(MediaTypes.TPM_SECTION);
        if (editable) {
            t.link("edit", VmSectionView.href(v, vm) + "/action/editTrustedPlatformModule", t.type);
        }
        t.tpmPresent = s.hasTpm();
        return t;
    }

    /** Puts the VM's API 38.0 sections in its document: its TPM, and what it tracks when it tracks a replica. */
    static void addTo(Vm view, Viewer v, VmRow vm, Sections s, boolean editable) {
        view.trustedPlatformModule = tpm(v, vm, s, editable);
        Sections.ReplicationTracking r = s.replication();
        if (r == null) {
            return;
        }
        VmTrustDocs.ReplicationTrackingSettings settings = new VmTrustDocs.ReplicationTrackingSettings();
        settings.type = MediaTypes.xml(MediaTypes.REPLICATION_TRACKING_SETTINGS);
        settings.replicationTrackingVmState = r.state();
        view.replicationTrackingSettings = settings;
        VmTrustDocs.ReplicationTrackingDiskSection disks = new VmTrustDocs.ReplicationTrackingDiskSection();
        disks.replicationTrackingDiskSettings = r.disks().stream().map(VmTrustView::disk).toList();
        view.replicationTrackingDiskSection = disks;
    }

    private static VmTrustDocs.DiskSettings disk(Sections.TrackingDisk d) {
        VmTrustDocs.DiskSettings s = new VmTrustDocs.DiskSettings();
        s.diskUuid = d.diskUuid();
        s.storageProvisionedKb = d.storageProvisionedKb();
        s.storageOverheadKb = d.storageOverheadKb();
        s.storagePolicy = d.storagePolicyHref() == null ? null : new Reference(d.storagePolicyHref(), null, null, null);
        s.placementRecommendation = d.placementRecommendation();
        return s;
    }
}
