package io.vcdsim.network;

import io.vcdsim.core.ApiException;

import java.util.List;
import java.util.Locale;

/**
 * The criteria of a dynamic (VM_CRITERIA) security group, as NSX-T takes them: up to {@value #MAX_CRITERIA} criteria,
 * any of which a VM may meet, each of up to {@value #MAX_RULES} rules it must meet all of, on its name, its guest OS
 * or a security tag.
 */
public final class VmCriteria {
    static final int MAX_CRITERIA = 3;
    static final int MAX_RULES = 4;
    private static final List<String> ATTRIBUTES = List.of("VM_TAG", "VM_NAME", "OS_NAME");
    private static final List<String> OPERATORS = List.of("EQUALS", "CONTAINS", "STARTS_WITH", "ENDS_WITH");

    private VmCriteria() {
    }

    /** One rule: an attribute of the VM, compared with a value. */
    public record Rule(String attributeType, String operator, String attributeValue) {
    }

    /** Rules a VM meets all of ({@code rules} on the wire, go-vcloud-director's VmCriteriaRule). */
    public record Criterion(List<Rule> rules) {
    }

    /** The criteria, checked: 1 to 3 criteria of 1 to 4 rules, each a known attribute, operator and a value. */
    static List<Criterion> checked(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw ApiException.badRequest("A VM_CRITERIA group has 1 to " + MAX_CRITERIA + " vmCriteria.");
        }
        for (Criterion c : criteria) {
            if (c == null || c.rules() == null || c.rules().isEmpty()
                    || c.rules().size() > MAX_RULES) {
                throw ApiException.badRequest("Each of vmCriteria has 1 to " + MAX_RULES + " rules.");
            }
            for (Rule r : c.rules()) {
                if (r == null) {
                    throw ApiException.badRequest("A rule of vmCriteria names attributeType, operator and attributeValue.");
                }
                NsxtEdges.oneOf(r.attributeType(), ATTRIBUTES, null, "A vmCriteria rule's attributeType");
                NsxtEdges.oneOf(r.operator(), OPERATORS, null, "A vmCriteria rule's operator");
                NsxtEdges.name(r.attributeValue(), "A vmCriteria rule's attributeValue");
            }
        }
        return List.copyOf(criteria);
    }

    /**
     * Whether a VM of this name, guest OS and security tags meets the criteria; a rule on a tag is met by any one of
     * the VM's tags.
     */
    static boolean matches(List<Criterion> criteria, String vmName, String osName, List<String> tags) {
        return criteria.stream().anyMatch(c -> c.rules().stream().allMatch(r -> switch (r.attributeType()) {
            case "VM_NAME" -> compare(r, vmName);
            case "OS_NAME" -> compare(r, osName);
            default -> tags.stream().anyMatch(t -> compare(r, t));
        }));
    }

    private static boolean compare(Rule r, String actual) {
        if (actual == null) {
            return false;
        }
        String a = actual.toLowerCase(Locale.ROOT);
        String v = r.attributeValue().toLowerCase(Locale.ROOT);
        return switch (r.operator()) {
            case "EQUALS" -> a.equals(v);
            case "CONTAINS" -> a.contains(v);
            case "STARTS_WITH" -> a.startsWith(v);
            default -> a.endsWith(v);
        };
    }
}
