package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RightsContainerRow;
import io.vcdsim.store.RoleRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Roles, rights and rights categories as the cloudapi writes them (go-vcloud-director's {@code types.Role} ...). */
public final class RoleView {
    /** The bundle key vCD gives roles made by their org, which have no translated name. */
    static final String UNDEFINED_KEY = "com.vmware.vcloud.undefined.key";

    private RoleView() {
    }

    public static Map<String, Object> role(RoleRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.ROLE.urn(r.id()));
        m.put("name", r.name());
        m.put("description", r.description() == null ? "" : r.description());
        m.put("bundleKey", r.predefined() ? "ROLE_" + r.name().toUpperCase(Locale.ROOT).replace(' ', '_') : UNDEFINED_KEY);
        m.put("readOnly", r.predefined());
        return m;
    }

    public static Map<String, Object> right(RightsCatalog.Entry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("id", Kind.RIGHT.urn(r.id()));
        m.put("description", r.name());
        m.put("bundleKey", r.bundleKey());
        m.put("category", categoryUrn(r.category()));
        m.put("serviceNamespace", r.serviceNamespace());
        m.put("rightType", r.rightType());
        m.put("impliedRights", List.of());
        return m;
    }

    /** A global role or rights bundle (go-vcloud-director's {@code types.GlobalRole}, {@code types.RightsBundle}). */
    public static Map<String, Object> container(Kind kind, RightsContainerRow c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("id", kind.urn(c.id()));
        m.put("description", c.description() == null ? "" : c.description());
        m.put("bundleKey", c.bundleKey());
        m.put("readOnly", c.readOnly());
        m.put("publishAll", c.publishAll());
        return m;
    }

    /** A reference to a tenant org, as the tenants of a global role or rights bundle are listed. */
    public static Map<String, Object> tenantRef(OrgRow o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("id", Kind.ORG.urn(o.id()));
        return m;
    }

    /** A reference to a right, as a role's rights list names them. */
    public static Map<String, Object> rightRef(RightsCatalog.Entry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("id", Kind.RIGHT.urn(r.id()));
        return m;
    }

    /** Every category of rights, in name order, with how many rights of each type it has. */
    public static List<Map<String, Object>> categories() {
        return RightsCatalog.byCategory().entrySet().stream().map(e -> {
            long view = e.getValue().stream().filter(r -> r.rightType().equals("VIEW")).count();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getKey());
            m.put("id", categoryUrn(e.getKey()));
            m.put("bundleKey", "RIGHT_CATEGORY_" + e.getKey().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
            m.put("parent", "");
            m.put("rightsCount", Map.of("view", view, "modify", e.getValue().size() - view));
            m.put("subCategories", List.of());
            return m;
        }).toList();
    }

    static String categoryUrn(String category) {
        return "urn:vcloud:rightsCategory:" + RightsCatalog.categoryId(category);
    }
}
