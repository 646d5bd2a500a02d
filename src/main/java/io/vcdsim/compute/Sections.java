package io.vcdsim.compute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.catalog.ProductSection;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.OrgSettingsRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The sections of a vApp or VM that vcdsim keeps as they were set: a vApp's lease and startup order, its
 * maintenance mode and whether it may be downloaded, the product sections (properties a guest reads) of vApps
 * and VMs, and a VM's guest customization, capabilities, boot options, nested hypervisor switch, hardware
 * version, cores per socket, the medium in its CD/DVD drive, whether and when it is customized, its TPM device and,
 * for a replication tracking VM, what it tracks. Stored as JSON
 * in the vApp's or VM's {@code sections} column, so that they go with it; null parts have vCD's defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sections(Lease lease, List<StartupItem> startup, List<ProductSection> productSections,
                       GuestCustomization guestCustomization, Capabilities capabilities, Boot boot,
                       Boolean nestedHypervisor, String hardwareVersion, Boolean maintenance, Boolean downloadable,
                       UUID insertedMedia, Boolean customizeAtPowerOn, Long customizingUntil,
                       Boolean checkPostCustomization, Integer coresPerSocket, PendingQuestion question,
                       Boolean tpmPresent, ReplicationTracking replication) {
    public static final Sections NONE = new Sections(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);
    /** The hardware version a VM has until it is upgraded, and the newest one the simulated hosts run. */
    public static final String DEFAULT_HARDWARE_VERSION = "vmx-14";
    public static final String NEWEST_HARDWARE_VERSION = "vmx-19";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final Set<String> START_ACTIONS = Set.of("powerOn", "none");
    static final Set<String> STOP_ACTIONS = Set.of("powerOff", "guestShutdown", "none");

    /** The question a VM waits on an answer to: its id, text and the answers it offers (their ids are places). */
    public record PendingQuestion(String id, String text, List<String> choices) {
    }

    /**
     * A replication tracking VM's state (as its replication service last set it) and the disks it keeps for its
     * replica; a standard VM has none.
     */
    public record ReplicationTracking(String state, List<TrackingDisk> disks) {
    }

    /** One disk of a replication tracking VM, as the service described it. */
    public record TrackingDisk(String diskUuid, Long storageProvisionedKb, Long storageOverheadKb,
                               String storagePolicyHref, String placementRecommendation) {
    }

    /** The VM waits on an answer to {@code q}; null: it asks nothing (any more). */
    public Sections withQuestion(PendingQuestion q) {
        return with(p -> p.question = q);
    }

    /** A vApp's leases in seconds; 0 never expires. */
    public record Lease(long deploymentSeconds, long storageSeconds) {
    }

    /** How the vApp starts and stops one of its VMs (ovf:StartupSection's Item). */
    public record StartupItem(UUID vmId, int order, String startAction, int startDelay, boolean waitingForGuest,
                              String stopAction, int stopDelay) {
        /** vCD's item for a VM nobody set one for: order 0, powered on and off with the vApp, no delays. */
        public static StartupItem defaultFor(UUID vmId) {
            return new StartupItem(vmId, 0, "powerOn", 0, false, "powerOff", 0);
        }

        public StartupItem withVm(UUID vm) {
            return new StartupItem(vm, order, startAction, startDelay, waitingForGuest, stopAction, stopDelay);
        }
    }

    /** Whether memory and CPUs may be added to the running VM. */
    public record Capabilities(boolean memoryHotAdd, boolean cpuHotAdd) {
        public static final Capabilities DEFAULT = new Capabilities(false, false);
    }

    /**
     * The boot delay (ms), whether the VM enters its BIOS setup at the next boot, and what API 37.1 added: boot
     * retries (the delay in ms), EFI secure boot, and the firmware (bios or efi); null: never set.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Boot(int delayMs, boolean enterBiosSetup, Boolean retryEnabled, Integer retryDelayMs,
                       Boolean efiSecureBoot, String firmware) {
        public static final Boot DEFAULT = new Boot(0, false);
        public static final Set<String> FIRMWARES = Set.of("bios", "efi");
        /** The longest boot delay and boot retry delay taken, in milliseconds (vCD's UI offers up to 10 s). */
        public static final int MAX_DELAY_MS = 3_600_000;

        public Boot(int delayMs, boolean enterBiosSetup) {
            this(delayMs, enterBiosSetup, null, null, null, null);
        }

        /** These options if they are what vCD takes; else 400. */
        public Boot checked() {
            if (delayMs < 0 || delayMs > MAX_DELAY_MS || retryDelayMs != null
                    && (retryDelayMs < 0 || retryDelayMs > MAX_DELAY_MS)) {
                throw ApiException.badRequest("BootDelay and BootRetryDelay are from 0 to " + MAX_DELAY_MS
                        + " milliseconds.");
            }
            if (firmware != null && !FIRMWARES.contains(firmware)) {
                throw ApiException.badRequest("Firmware is bios or efi, not " + firmware + ".");
            }
            if (Boolean.TRUE.equals(efiSecureBoot) && !"efi".equals(firmware)) {
                throw ApiException.badRequest("EFI secure boot needs the efi Firmware.");
            }
            return this;
        }
    }

    public Sections withLease(Lease l) {
        return with(p -> p.lease = l);
    }

    public Sections withStartup(List<StartupItem> items) {
        return with(p -> p.startup = items);
    }

    public Sections withProductSections(List<ProductSection> sections) {
        return with(p -> p.productSections = sections);
    }

    public Sections withGuestCustomization(GuestCustomization gc) {
        return with(p -> p.guestCustomization = gc);
    }

    public Sections withCapabilities(Capabilities c) {
        return with(p -> p.capabilities = c);
    }

    public Sections withBoot(Boot b) {
        return with(p -> p.boot = b);
    }

    public Sections withNestedHypervisor(boolean on) {
        return with(p -> p.nestedHypervisor = on);
    }

    public Sections withHardwareVersion(String version) {
        return with(p -> p.hardwareVersion = version);
    }

    public Sections withMaintenance(boolean on) {
        return with(p -> p.maintenance = on);
    }

    public Sections withDownloadable(boolean on) {
        return with(p -> p.downloadable = on);
    }

    /** The VM's CD/DVD drive holding this medium (null: empty). */
    public Sections withInsertedMedia(UUID media) {
        return with(p -> p.insertedMedia = media);
    }

    /** The VM is customized at its next power on (customizeAtNextPowerOn), which clears this. */
    public Sections withCustomizeAtPowerOn(boolean on) {
        return with(p -> p.customizeAtPowerOn = on);
    }

    /** The guest customization runs until this instant (epoch milliseconds), as a power on started it. */
    public Sections withCustomizingUntil(long epochMillis) {
        return with(p -> {
            p.customizeAtPowerOn = false;
            p.customizingUntil = epochMillis;
        });
    }

    /** The sections a copy of the VM starts with: the same settings, its guest never customized. */
    public Sections forACopy() {
        return with(p -> {
            p.customizingUntil = null;
            p.question = null; // the question was the running VM's, and a copy does not run
            p.replication = null; // the replica is tracked by its VM, not by copies of it
        });
    }

    /**
     * The sections a template's VM gives the vApp VM made of it: a copy's, its guest customization enabled unless the
     * template says otherwise, as vCD enables it for a VM added from a catalog (a blank VM's stays disabled).
     */
    public Sections fromATemplate(String vmName) {
        Sections copy = forACopy();
        return guestCustomization != null ? copy
                : copy.withGuestCustomization(GuestCustomization.defaultFor(vmName, true));
    }

    /** The stored sections a copy of a VM starts with ({@link #forACopy}); none if the source has none. */
    public static String forACopy(String stored) {
        return stored == null ? null : read(stored).forACopy().write();
    }

    /** The VM's virtual CPUs grouped in sockets of this many cores (1 to the CPUs, dividing them); 400 if not. */
    public Sections withCoresPerSocket(int cpus, int cores) {
        if (cores < 1 || cores > cpus || cpus % cores != 0) {
            throw ApiException.badRequest("CoresPerSocket " + cores + " does not divide the VM's " + cpus
                    + " virtual CPUs into whole sockets.");
        }
        return with(p -> p.coresPerSocket = cores);
    }

    /** The cores per socket of a VM with {@code cpus} virtual CPUs: as set, while they still divide them; else 1. */
    public int coresPerSocketFor(int cpus) {
        return coresPerSocket != null && coresPerSocket >= 1 && cpus % coresPerSocket == 0 ? coresPerSocket : 1;
    }

    /** Whether vCD waits for the guest's post-customization script before it calls a customization done. */
    public Sections withCheckPostCustomization(boolean on) {
        return with(p -> p.checkPostCustomization = on);
    }

    /** Whether the VM has a trusted platform module device. */
    public Sections withTpm(boolean present) {
        return with(p -> p.tpmPresent = present);
    }

    public boolean hasTpm() {
        return Boolean.TRUE.equals(tpmPresent);
    }

    /** The VM tracks a replica (null: it is a standard VM, after a failover or as it always was). */
    public Sections withReplication(ReplicationTracking r) {
        return with(p -> p.replication = r);
    }

    public boolean checksPostCustomization() {
        return Boolean.TRUE.equals(checkPostCustomization);
    }

    /** A customization is running in the guest at {@code now}: a power on started it and it has not finished. */
    public boolean customizing(java.time.Instant now) {
        return customizingUntil != null && now.toEpochMilli() < customizingUntil;
    }

    public boolean customizesAtPowerOn() {
        return Boolean.TRUE.equals(customizeAtPowerOn);
    }

    /** A vApp in maintenance mode: a system administrator's work on it is under way. */
    public boolean inMaintenance() {
        return Boolean.TRUE.equals(maintenance);
    }

    /** A vApp enabled for download (enableDownload): its OVA is offered at its download link. */
    public boolean offersDownload() {
        return Boolean.TRUE.equals(downloadable);
    }

    public GuestCustomization guestCustomizationOr(String vmName) {
        return guestCustomization != null ? guestCustomization : GuestCustomization.defaultFor(vmName);
    }

    public Capabilities capabilitiesOrDefault() {
        return capabilities != null ? capabilities : Capabilities.DEFAULT;
    }

    public Boot bootOrDefault() {
        return boot != null ? boot : Boot.DEFAULT;
    }

    public boolean nestedHypervisorOn() {
        return Boolean.TRUE.equals(nestedHypervisor);
    }

    public String hardwareVersionOrDefault() {
        return hardwareVersion != null ? hardwareVersion : DEFAULT_HARDWARE_VERSION;
    }

    /** The item of each of {@code vms}, in their order: the one set, or the default. */
    public List<StartupItem> startupOf(List<UUID> vms) {
        List<StartupItem> items = new ArrayList<>();
        for (UUID vm : vms) {
            items.add(startup == null ? StartupItem.defaultFor(vm) : startup.stream()
                    .filter(i -> i.vmId().equals(vm)).findFirst().orElse(StartupItem.defaultFor(vm)));
        }
        return items;
    }

    /** The leases as set, or the org's vApp lease settings. */
    public Lease leaseOr(OrgSettingsRow org) {
        return lease != null ? lease : new Lease(org.vAppDeploymentLeaseSeconds(), org.vAppStorageLeaseSeconds());
    }

    public List<ProductSection> productSectionsOrNone() {
        return productSections == null ? List.of() : productSections;
    }

    public static Sections read(String json) {
        if (json == null) {
            return NONE;
        }
        try {
            return JSON.readValue(json, Sections.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sections unreadable: " + e.getMessage(), e);
        }
    }

    public String write() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Startup items as a request gives them: each names a VM of the vApp once, actions and delays in range. */
    static List<StartupItem> checkStartup(List<StartupItem> items) {
        Set<UUID> seen = new HashSet<>();
        for (StartupItem i : items) {
            if (!seen.add(i.vmId())) {
                throw ApiException.badRequest("The StartupSection names a VM twice.");
            }
            if (!START_ACTIONS.contains(i.startAction()) || !STOP_ACTIONS.contains(i.stopAction())) {
                throw ApiException.badRequest("A startAction is one of " + START_ACTIONS + ", a stopAction one of "
                        + STOP_ACTIONS + ".");
            }
            if (i.order() < 0 || i.startDelay() < 0 || i.stopDelay() < 0) {
                throw ApiException.badRequest("A StartupSection Item's order and delays are 0 or more.");
            }
        }
        return items;
    }

    /** Product sections as a request gives them: see {@link ProductSection#check}. */
    static List<ProductSection> checkProductSections(List<ProductSection> sections) {
        return ProductSection.check(sections);
    }

    /** A copy with some parts changed: every with… method goes through here, so a new part is added in one place. */
    private Sections with(java.util.function.Consumer<Parts> change) {
        Parts p = new Parts(this);
        change.accept(p);
        return p.build();
    }

    /** The parts of {@link Sections}, to change some of them in a copy. */
    private static final class Parts {
        Lease lease;
        List<StartupItem> startup;
        List<ProductSection> productSections;
        GuestCustomization guestCustomization;
        Capabilities capabilities;
        Boot boot;
        Boolean nestedHypervisor;
        String hardwareVersion;
        Boolean maintenance;
        Boolean downloadable;
        UUID insertedMedia;
        Boolean customizeAtPowerOn;
        Long customizingUntil;
        Boolean checkPostCustomization;
        Integer coresPerSocket;
        PendingQuestion question;
        Boolean tpmPresent;
        ReplicationTracking replication;

        Parts(Sections s) {
            lease = s.lease;
            startup = s.startup;
            productSections = s.productSections;
            guestCustomization = s.guestCustomization;
            capabilities = s.capabilities;
            boot = s.boot;
            nestedHypervisor = s.nestedHypervisor;
            hardwareVersion = s.hardwareVersion;
            maintenance = s.maintenance;
            downloadable = s.downloadable;
            insertedMedia = s.insertedMedia;
            customizeAtPowerOn = s.customizeAtPowerOn;
            customizingUntil = s.customizingUntil;
            checkPostCustomization = s.checkPostCustomization;
            coresPerSocket = s.coresPerSocket;
            question = s.question;
            tpmPresent = s.tpmPresent;
            replication = s.replication;
        }

        Sections build() {
            return new Sections(lease, startup, productSections, guestCustomization, capabilities, boot,
                    nestedHypervisor, hardwareVersion, maintenance, downloadable, insertedMedia, customizeAtPowerOn,
                    customizingUntil, checkPostCustomization, coresPerSocket, question, tpmPresent, replication);
        }
    }
}
