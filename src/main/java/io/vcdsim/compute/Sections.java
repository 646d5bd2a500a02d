package io.vcdsim.compute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.OrgSettingsRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The OVF sections of a vApp or VM that vcdsim keeps as they were set: a vApp's lease and startup order,
 * and the product sections (properties a guest reads) of vApps and VMs. Stored as JSON in the vApp's or
 * VM's {@code sections} column, so that they go with it; null parts have vCD's defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sections(Lease lease, List<StartupItem> startup, List<ProductSection> productSections) {
    public static final Sections NONE = new Sections(null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** The most product sections, properties of one section, and characters of one value taken. */
    static final int MAX_PRODUCT_SECTIONS = 32;
    static final int MAX_PROPERTIES = 256;
    static final int MAX_TEXT = 4096;
    static final Set<String> START_ACTIONS = Set.of("powerOn", "none");
    static final Set<String> STOP_ACTIONS = Set.of("powerOff", "guestShutdown", "none");
    static final Set<String> PROPERTY_TYPES = Set.of("string", "int", "uint8", "sint8", "uint16", "sint16",
            "uint32", "sint32", "uint64", "sint64", "real32", "real64", "boolean");

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

    /** An ovf:ProductSection: its class and instance name it, properties carry the values. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductSection(String className, String instance, Boolean required, String info, String product,
                                 String vendor, String version, String fullVersion, List<Property> properties) {
    }

    /** An ovf:Property of a product section. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Property(String key, String type, String value, boolean password, boolean userConfigurable,
                           String label, String description) {
    }

    public Sections withLease(Lease l) {
        return new Sections(l, startup, productSections);
    }

    public Sections withStartup(List<StartupItem> items) {
        return new Sections(lease, items, productSections);
    }

    public Sections withProductSections(List<ProductSection> sections) {
        return new Sections(lease, startup, sections);
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

    /** Product sections as a request gives them: bounded, each property keyed once per section, typed as OVF types. */
    static List<ProductSection> checkProductSections(List<ProductSection> sections) {
        if (sections.size() > MAX_PRODUCT_SECTIONS) {
            throw ApiException.badRequest("At most " + MAX_PRODUCT_SECTIONS + " ProductSections.");
        }
        Set<String> names = new HashSet<>();
        for (ProductSection s : sections) {
            if (!names.add(s.className() + "\u0000" + s.instance())) {
                throw ApiException.badRequest("Two ProductSections have the class " + s.className()
                        + " and instance " + s.instance() + ".");
            }
            for (String text : new String[]{s.className(), s.instance(), s.info(), s.product(), s.vendor(),
                    s.version(), s.fullVersion()}) {
                Lengths.atMost(text, MAX_TEXT, "A ProductSection's text");
            }
            if (s.properties().size() > MAX_PROPERTIES) {
                throw ApiException.badRequest("At most " + MAX_PROPERTIES + " properties in a ProductSection.");
            }
            Set<String> keys = new HashSet<>();
            for (Property p : s.properties()) {
                if (p.key() == null || p.key().isBlank() || !keys.add(p.key())) {
                    throw ApiException.badRequest("Each ovf:Property of a ProductSection needs its own ovf:key.");
                }
                if (!PROPERTY_TYPES.contains(p.type())) {
                    throw ApiException.badRequest("Property " + p.key() + " has type " + p.type()
                            + "; an ovf:type is one of " + PROPERTY_TYPES + ".");
                }
                for (String text : new String[]{p.key(), p.value(), p.label(), p.description()}) {
                    Lengths.atMost(text, MAX_TEXT, "Property " + p.key());
                }
            }
        }
        return sections;
    }
}
