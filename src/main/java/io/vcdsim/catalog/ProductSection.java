package io.vcdsim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ovf:ProductSection of a vApp, a VM or a template's VM: its class and instance name it, properties carry the
 * values. An OVF descriptor brings them (vCD keeps them on the VMs made of it); clients read and replace them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductSection(String className, String instance, Boolean required, String info, String product,
                             String vendor, String version, String fullVersion, List<Property> properties) {
    /** The most product sections, properties of one section, and characters of one value taken. */
    static final int MAX_SECTIONS = 32;
    static final int MAX_PROPERTIES = 256;
    static final int MAX_TEXT = 4096;
    static final Set<String> PROPERTY_TYPES = Set.of("string", "int", "uint8", "sint8", "uint16", "sint16",
            "uint32", "sint32", "uint64", "sint64", "real32", "real64", "boolean");

    /**
     * An ovf:Property of a product section: its default value (ovf:value) and the value set for this VM or vApp
     * (its ovf:Value child, null when none is set).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Property(String key, String type, String value, boolean password, boolean userConfigurable,
                           String label, String description, String current) {
    }

    /**
     * A template VM's sections as the OVF gives them, in the JSON a VM keeps its sections in
     * ({@code compute.Sections} reads it), so a VM made of the template starts with them.
     */
    public static String asVmSections(List<ProductSection> sections) {
        return VmHardware.json(Map.of("productSections", sections));
    }

    /** Product sections as a request or an OVF gives them: bounded, each property keyed once per section, typed. */
    public static List<ProductSection> check(List<ProductSection> sections) {
        if (sections.size() > MAX_SECTIONS) {
            throw ApiException.badRequest("At most " + MAX_SECTIONS + " ProductSections.");
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
                for (String text : new String[]{p.key(), p.value(), p.label(), p.description(), p.current()}) {
                    Lengths.atMost(text, MAX_TEXT, "Property " + p.key());
                }
            }
        }
        return sections;
    }
}
