package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * What API 37.2 and 38.0 added to a VM for its trusted platform module and for replication tracking (the placeholder
 * VMs a replication service such as VMware Cloud Director Availability keeps): their sections, and the parameters of
 * a failover.
 */
public final class VmTrustDocs {
    private VmTrustDocs() {
    }

    /** TpmType (37.2): whether the VM has a TPM device; edited with action/editTrustedPlatformModule. */
    @XmlRootElement(name = "TrustedPlatformModule")
    @XmlType(name = "TpmType", propOrder = {"tpmPresent"})
    public static class TrustedPlatformModule extends Resource {
        @XmlElement(name = "TpmPresent") public Boolean tpmPresent;
    }

    /** ReplicationTrackingSettingsType (38.0): the replication state of a replication tracking VM. */
    @XmlRootElement(name = "ReplicationTrackingSettings")
    @XmlType(name = "ReplicationTrackingSettingsType", propOrder = {"replicationTrackingVmState"})
    public static class ReplicationTrackingSettings extends Resource {
        @XmlElement(name = "ReplicationTrackingVmState") public String replicationTrackingVmState;
    }

    /** ReplicationTrackingDiskSectionType (38.0): the disks a replication tracking VM keeps for its replica. */
    @XmlRootElement(name = "ReplicationTrackingDiskSection")
    @XmlType(name = "ReplicationTrackingDiskSectionType", propOrder = {"replicationTrackingDiskSettings"})
    public static class ReplicationTrackingDiskSection {
        @XmlElement(name = "ReplicationTrackingDiskSettings") public List<DiskSettings> replicationTrackingDiskSettings;
    }

    @XmlType(name = "ReplicationTrackingDiskSettingsType", propOrder = {"diskUuid", "storageProvisionedKb",
            "storageOverheadKb", "storagePolicy", "placementRecommendation"})
    public static class DiskSettings {
        @XmlElement(name = "DiskUuid") public String diskUuid;
        @XmlElement(name = "StorageProvisionedKb") public Long storageProvisionedKb;
        @XmlElement(name = "StorageOverheadKb") public Long storageOverheadKb;
        @XmlElement(name = "StoragePolicy") public Reference storagePolicy;
        @XmlElement(name = "PlacementRecommendation") public String placementRecommendation;
    }

    /** VmFailoverParamsType (38.0): true promotes a replication tracking VM to a standard VM. */
    @XmlRootElement(name = "VmFailoverParams")
    @XmlType(name = "VmFailoverParamsType", propOrder = {"failover"})
    public static class VmFailoverParams {
        @XmlElement(name = "Failover") public Boolean failover;
    }
}
