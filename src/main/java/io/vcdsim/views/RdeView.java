package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.rde.DefinedEntities;
import io.vcdsim.rde.RdeJson;
import io.vcdsim.rde.RdeUrns;
import io.vcdsim.rde.TypeBehaviors;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.RdeMetadataStore;
import io.vcdsim.store.RdeTypeStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.vcdsim.core.OpenApiReference.ref;

/** Runtime defined entities as the cloudapi gives them (go-vcloud-director's types.DefinedInterface and the rest). */
public final class RdeView {
    private RdeView() {
    }

    public static Map<String, Object> of(RdeInterfaceStore.Row i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", RdeUrns.of(RdeUrns.INTERFACE, i.vendor(), i.nss(), i.version()));
        v.put("name", i.name());
        v.put("nss", i.nss());
        v.put("version", i.version());
        v.put("vendor", i.vendor());
        v.put("readonly", i.readOnly());
        return v;
    }

    /** A behavior of an interface: its id is its ref. */
    public static Map<String, Object> of(RdeInterfaceStore.Row i, RdeInterfaceStore.Behavior b) {
        String id = RdeUrns.BEHAVIOR_INTERFACE + b.name() + ":" + i.vendor() + ":" + i.nss() + ":" + i.version();
        return behavior(id, id, b.name(), b.description(), b.execution());
    }

    public static Map<String, Object> of(TypeBehaviors.Behavior b) {
        return behavior(b.id(), b.ref(), b.name(), b.description(), b.execution());
    }

    private static Map<String, Object> behavior(String id, String ref, String name, String description,
                                                String execution) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("id", id);
        v.put("ref", ref);
        v.put("description", description);
        v.put("execution", RdeJson.read(execution));
        return v;
    }

    /** A type, with the URNs of the interfaces it implements. */
    public static Map<String, Object> of(RdeTypeStore.Row t, List<String> interfaces) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", RdeUrns.of(RdeUrns.TYPE, t.vendor(), t.nss(), t.version()));
        v.put("name", t.name());
        v.put("description", t.description());
        v.put("nss", t.nss());
        v.put("version", t.version());
        v.put("inheritedVersion", t.inheritedVersion());
        v.put("externalId", t.externalId());
        v.put("schema", RdeJson.read(t.schema()));
        v.put("vendor", t.vendor());
        v.put("interfaces", interfaces);
        v.put("hooks", RdeJson.read(t.hooks()));
        v.put("readonly", t.readOnly());
        v.put("maxImplicitRight", t.maxImplicitRight());
        return v;
    }

    public static Map<String, Object> access(RdeTypeStore.Access a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("behaviorId", a.behaviorId());
        v.put("accessLevelId", a.accessLevel());
        return v;
    }

    public static Map<String, Object> of(DefinedEntities.Found f) {
        var e = f.entity();
        var t = f.type();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.urn());
        v.put("entityType", RdeUrns.of(RdeUrns.TYPE, t.vendor(), t.nss(), t.version()));
        v.put("name", e.name());
        v.put("externalId", e.externalId());
        v.put("entity", RdeJson.read(e.entity()));
        v.put("state", e.state());
        v.put("owner", e.ownerId() == null ? null : ref(e.ownerName(), Kind.USER.urn(e.ownerId())));
        v.put("org", ref(e.orgName(), Kind.ORG.urn(e.orgId())));
        return v;
    }

    /** A metadata entry of an entity: go-vcloud-director's types.OpenApiMetadataEntry. */
    public static Map<String, Object> of(RdeMetadataStore.Row m) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", RdeJson.value(m.valueJson()));
        value.put("type", m.type());
        Map<String, Object> keyValue = new LinkedHashMap<>();
        keyValue.put("domain", m.domain());
        keyValue.put("key", m.key());
        keyValue.put("value", value);
        keyValue.put("namespace", m.namespace());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.RDE_METADATA.urn(m.id()));
        v.put("persistent", m.persistent());
        v.put("readOnly", m.readOnly());
        v.put("keyValue", keyValue);
        return v;
    }

}
