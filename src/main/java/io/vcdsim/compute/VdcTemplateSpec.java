package io.vcdsim.compute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.Tx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a VDC template makes: the allocation model and its compute values (MHz, MB, percentages), the storage
 * profiles by name with their limits (MB), quotas, provisioning, the network pool (null: vCD chooses) and the
 * provider VDCs a VDC may stand on with their bindings. Stored as JSON; {@link #check} holds vCD's bounds.
 */
public record VdcTemplateSpec(String allocationModel, List<ProviderVdc> providerVdcs, int nicQuota, int vmQuota,
                              int provisionedNetworkQuota, List<StorageProfile> storageProfiles, Boolean elastic,
                              Boolean includeMemoryOverhead, boolean thinProvision, boolean fastProvisioning,
                              UUID networkPool, EdgeClusters edgeClusters, long cpuAllocationMhz,
                              long cpuLimitMhzPerVcpu, long vCpuInMhz, long cpuLimitMhz, long memoryAllocationMb,
                              long memoryLimitMb, int cpuGuaranteedPercentage, int memoryGuaranteedPercentage) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> MODELS = Set.of("AllocationVApp", "AllocationPool", "ReservationPool", "Flex");
    /** Far beyond any real VDC's MHz or MB, well within the VDC columns. */
    static final long MAX_CAPACITY = 1_000_000_000L;

    /** A provider VDC a VDC of the template may stand on, and what the binding names stand for on it. */
    public record ProviderVdc(UUID id, List<Binding> bindings) {
    }

    /** A binding's name (urn:vcloud:binding:...) and the object it names: an external network, an edge cluster. */
    public record Binding(String name, String valueId, String valueType, String valueName) {
    }

    /** A provider VDC storage profile by name, its limit in MB (0: none), and whether it is the default. */
    public record StorageProfile(String name, boolean enabled, long limitMb, boolean isDefault) {
    }

    /** The edge clusters of the VDCs made, each by a binding's name; null when not set. */
    public record EdgeClusters(String primary, String secondary, String services) {
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static VdcTemplateSpec fromJson(String json) {
        try {
            return JSON.readValue(json, VdcTemplateSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored VDC template does not read back", e);
        }
    }

    /** The default storage profile (there is exactly one, {@link #check} makes sure). */
    public StorageProfile defaultProfile() {
        return storageProfiles.stream().filter(StorageProfile::isDefault).findFirst().orElseThrow();
    }

    /** Everything a request may get wrong, refused as a 400 before anything is stored. */
    VdcTemplateSpec check(Tx tx) {
        if (allocationModel == null || !MODELS.contains(allocationModel)) {
            throw ApiException.badRequest("A VdcTemplateSpecification's type is one of "
                    + "VMWAllocationVappVdcTemplateSpecificationType, VMWAllocationPoolVdcTemplateSpecificationType, "
                    + "VMWReservationPoolVdcTemplateSpecificationType or VMWFlexVdcTemplateSpecificationType.");
        }
        checkProviderVdcs(tx);
        quota(nicQuota, "NicQuota");
        quota(vmQuota, "VmQuota");
        quota(provisionedNetworkQuota, "ProvisionedNetworkQuota");
        checkStorageProfiles(tx);
        for (long v : new long[]{cpuAllocationMhz, cpuLimitMhz, memoryAllocationMb, memoryLimitMb}) {
            if (v < 0 || v > MAX_CAPACITY) {
                throw ApiException.badRequest("CPU and memory allocations and limits are from 0 to " + MAX_CAPACITY
                        + " (MHz, MB).");
            }
        }
        for (long speed : new long[]{cpuLimitMhzPerVcpu, vCpuInMhz}) {
            if (speed < 0 || speed > VdcService.MAX_VCPU_MHZ) {
                throw ApiException.badRequest("A virtual CPU's speed is from 0 (the default) to "
                        + VdcService.MAX_VCPU_MHZ + " MHz.");
            }
        }
        for (int percent : new int[]{cpuGuaranteedPercentage, memoryGuaranteedPercentage}) {
            if (percent < 0 || percent > 100) {
                throw ApiException.badRequest("CpuGuaranteedPercentage and MemoryGuaranteedPercentage are from 0 "
                        + "to 100.");
            }
        }
        if ((allocationModel.equals("AllocationPool") || allocationModel.equals("ReservationPool"))
                && (cpuAllocationMhz == 0 || memoryAllocationMb == 0)) {
            throw ApiException.badRequest("A " + allocationModel + " template allocates CPU and memory: "
                    + "CpuAllocationMhz and MemoryAllocationMB are more than 0.");
        }
        if (networkPool != null && tx.store(NetworkPoolStore::new).find(networkPool).isEmpty()) {
            throw ApiException.invalidReference("NetworkPoolReference names no network pool (" + networkPool + ").");
        }
        return this;
    }

    private void checkProviderVdcs(Tx tx) {
        if (providerVdcs == null || providerVdcs.isEmpty()) {
            throw ApiException.badRequest("A VDC template names at least one ProviderVdcReference.");
        }
        Set<UUID> seen = new HashSet<>();
        for (ProviderVdc p : providerVdcs) {
            if (p.id() == null || tx.store(InventoryStore::new).providerVdc(p.id()).isEmpty()) {
                throw ApiException.invalidReference("A ProviderVdcReference names no provider VDC (" + p.id() + ").");
            }
            if (!seen.add(p.id())) {
                throw ApiException.badRequest("Provider VDC " + p.id() + " is named twice.");
            }
            Set<String> names = new HashSet<>();
            for (Binding b : p.bindings()) {
                Lengths.name(b.name(), 256, "binding");
                if (!names.add(b.name())) {
                    throw ApiException.badRequest("Binding " + b.name() + " is given twice for one provider VDC.");
                }
                Lengths.atMost(b.valueId(), 256, "A binding's value");
                if (b.valueId() == null || b.valueId().isBlank()) {
                    throw ApiException.badRequest("Binding " + b.name() + " has no Value.");
                }
                // an external network must be one the provider has; edge clusters are NSX-T's, taken as named
                if (b.valueId().startsWith("urn:vcloud:network:")
                        && tx.networks().external(Ids.fromAny(b.valueId())).isEmpty()) {
                    throw ApiException.invalidReference("Binding " + b.name() + " names no external network ("
                            + b.valueId() + ").");
                }
            }
        }
    }

    private void checkStorageProfiles(Tx tx) {
        if (storageProfiles == null || storageProfiles.isEmpty()) {
            throw ApiException.badRequest("A VDC template names at least one StorageProfile.");
        }
        if (storageProfiles.stream().filter(StorageProfile::isDefault).count() != 1) {
            throw ApiException.badRequest("Exactly one of a VDC template's storage profiles is the default.");
        }
        Set<String> names = new HashSet<>();
        for (StorageProfile s : storageProfiles) {
            Lengths.name(s.name(), 256, "storage profile");
            if (!names.add(s.name())) {
                throw ApiException.badRequest("Storage profile " + s.name() + " is named twice.");
            }
            if (s.limitMb() < 0 || s.limitMb() > MAX_CAPACITY) {
                throw ApiException.badRequest("A storage profile's Limit is from 0 (none) to " + MAX_CAPACITY
                        + " MB.");
            }
            // as vCD: every provider VDC of the template has each profile, whichever one a VDC lands on
            for (ProviderVdc p : providerVdcs) {
                boolean has = tx.store(InventoryStore::new).pvdcProfiles(p.id()).stream()
                        .anyMatch(pp -> pp.profile().name().equals(s.name()));
                if (!has) {
                    throw ApiException.invalidReference("Provider VDC " + p.id() + " has no storage profile "
                            + s.name() + ".");
                }
            }
        }
    }

    private static void quota(int value, String what) {
        if (value < 0 || value > VdcService.MAX_QUOTA) {
            throw ApiException.badRequest(what + " is from 0 to " + VdcService.MAX_QUOTA + ".");
        }
    }
}
