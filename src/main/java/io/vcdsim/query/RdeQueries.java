package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.List;

import static io.vcdsim.query.QueryField.string;

/**
 * The cloudapi lists of runtime defined entities: interfaces, entity types and entities, filtered by FIQL on the
 * fields go-vcloud-director names ({@code vendor==v;nss==n;version==x}, {@code name==n}). Who sees which types and
 * entities is the rde service's: it hands the query a filter of its own (on {@code key}, an object's bare id).
 */
final class RdeQueries {
    private RdeQueries() {
    }

    static void addTo(List<QueryType> types) {
        types.add(QueryType.of(Kind.RDE_INTERFACE, null, null).cloudApiOnly().from("rde_interface i").id("i.id")
                .fields(List.of(string("name", "i.name"), string("vendor", "i.vendor"), string("nss", "i.nss"),
                        string("version", "i.version"),
                        string("id", "'urn:vcloud:interface:' || i.vendor || ':' || i.nss || ':' || i.version")))
                .build());
        types.add(QueryType.of(Kind.RDE_TYPE, null, null).cloudApiOnly().from("rde_type t").id("t.id")
                .fields(List.of(string("name", "t.name"), string("vendor", "t.vendor"), string("nss", "t.nss"),
                        string("version", "t.version"), string("description", "t.description"),
                        string("externalId", "t.external_id"),
                        string("id", "'urn:vcloud:type:' || t.vendor || ':' || t.nss || ':' || t.version"),
                        string("key", "CAST(t.id AS VARCHAR(36))")))
                .build());
        types.add(QueryType.of(Kind.RDE, null, null).cloudApiOnly()
                .from("rde_entity e JOIN rde_type t ON t.id = e.type_id LEFT JOIN app_user u ON u.id = e.owner_id "
                        + "JOIN org o ON o.id = e.org_id")
                .id("e.id").ownedBy("e.org_id")
                .fields(List.of(string("name", "e.name"), string("externalId", "e.external_id"),
                        string("state", "e.state"), string("owner.name", "u.name"), string("org.name", "o.name"),
                        string("entityType", "'urn:vcloud:type:' || t.vendor || ':' || t.nss || ':' || t.version"),
                        string("typeKey", "CAST(e.type_id AS VARCHAR(36))"),
                        string("ownerKey", "CAST(e.owner_id AS VARCHAR(36))")))
                .build());
        types.add(QueryType.of(Kind.RDE_METADATA, null, null).cloudApiOnly().from("rde_metadata m").id("m.id")
                .sortedBy("keyValue.key")
                .fields(List.of(string("keyValue.key", "m.meta_key"), string("keyValue.namespace", "m.namespace"),
                        string("keyValue.domain", "m.domain"), string("keyValue.value.type", "m.value_type"),
                        string("entityKey", "CAST(m.entity_id AS VARCHAR(36))")))
                .build());
    }
}
