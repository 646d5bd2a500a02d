package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The typed queries of what vcdsim never has, answered as a vCD with none of them answers: no records, with the
 * record's fields (vCD's query reference) there to filter and sort by. Each says why there is nothing.
 */
final class EmptyQueries {
    private EmptyQueries() {
    }

    /** A field of a record there is none of: its name, type, and the kind a reference names. */
    private record Col(String name, QueryField.Type type, Kind kind) {
    }

    private static Col str(String name) {
        return new Col(name, QueryField.Type.STRING, null);
    }

    private static Col num(String name) {
        return new Col(name, QueryField.Type.INT, null);
    }

    private static Col bool(String name) {
        return new Col(name, QueryField.Type.BOOL, null);
    }

    private static Col date(String name) {
        return new Col(name, QueryField.Type.DATE, null);
    }

    private static Col ref(String name, Kind kind) {
        return new Col(name, QueryField.Type.REF, kind);
    }

    static void addTo(List<QueryType> types) {
        // vcdsim has no user groups: users are made one by one, none imported with a group
        types.add(empty(QueryType.named("adminGroup", "AdminGroupRecord", "GroupReference").systemOnly(),
                str("name"), ref("org", Kind.ORG), str("roleName"), bool("isReadOnly"), str("identityProviderType")));
        // a stranded user is one imported with a group that is gone from its directory: there are no groups
        types.add(empty(QueryType.named("strandedUser", "StrandedUserRecord", "UserReference").systemOnly(),
                str("name"), str("fullName"), bool("isInSync"), num("numberOfDeployedVMs"),
                num("numberOfStoredVMs"), ref("org", Kind.ORG)));
        // shadow VMs are the copies fast provisioning keeps of a template's VM on other datastores; vcdsim keeps no
        // copies on datastores
        types.add(empty(QueryType.named("adminShadowVM", "AdminShadowVMRecord", "VMReference").systemOnly(),
                bool("isPublished"), str("name"), str("primaryVmName"), str("primaryVAppTemplate"),
                str("primaryVAppName"), str("datastoreName"), str("vcName"), bool("isDeleted"), str("status"),
                bool("isBusy"), ref("primaryVMOwner", Kind.USER), ref("primaryVM", Kind.VM),
                str("primaryVMCatalog"), ref("org", Kind.ORG)));
        // conditions are alerts on objects in error or warning; nothing simulated raises one
        types.add(empty(QueryType.named("condition", "ConditionRecord", null).systemOnly().recordsOnly()
                        .sortedBy("occurenceDate"),
                str("object"), str("objectType"), str("severity"), str("summary"), str("details"),
                date("occurenceDate")));
        // extension services register no localization bundles here (vcdsim takes none)
        types.add(empty(QueryType.named("externalLocalization", "ExternalLocalizationRecord", null).systemOnly()
                        .recordsOnly().sortedBy("key"),
                str("serviceNamespace"), str("locale"), str("key"), str("value")));
        // cloud tunnels belong to vCloud Availability's replication, which vcdsim does not run; vCD offers these
        // queries to every user (fields as the vCD API bindings declare them)
        types.add(empty(QueryType.named("fromCloudTunnel", "FromCloudTunnelRecord", "FromCloudTunnelReference")
                        .sortedBy("destinationHost"),
                str("destinationHost"), str("destinationId"), num("destinationPort"), ref("org", Kind.ORG),
                str("trafficType")));
        types.add(empty(QueryType.named("toCloudTunnel", "ToCloudTunnelRecord", "ToCloudTunnelReference")
                        .sortedBy("destinationHost"),
                str("destinationHost"), str("destinationId"), num("destinationPort"), ref("org", Kind.ORG),
                str("trafficType"), bool("useSsl")));
    }

    /** The type over a table of these columns that has no rows: typed, so filters on them compile as on any other. */
    private static QueryType empty(QueryType.Builder type, Col... cols) {
        StringJoiner select = new StringJoiner(", ", "(SELECT CAST(NULL AS UUID) AS id, ", " WHERE 1 = 0) x");
        List<QueryField> fields = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            Col c = cols[i];
            String column = "x.c" + i;
            select.add("CAST(NULL AS " + sqlType(c.type()) + ") AS c" + i);
            if (c.name().equals("org") && c.type() == QueryField.Type.REF) {
                type.ownedBy(column); // a tenant would see its own org's only
            }
            fields.add(switch (c.type()) {
                case INT -> QueryField.integer(c.name(), column);
                case BOOL -> QueryField.bool(c.name(), column);
                case DATE -> QueryField.date(c.name(), column);
                case REF -> QueryField.ref(c.name(), column, c.kind());
                default -> QueryField.string(c.name(), column);
            });
        }
        return type.from(select.toString()).id("x.id").fields(fields).build();
    }

    private static String sqlType(QueryField.Type type) {
        return switch (type) {
            case INT -> "INTEGER";
            case BOOL -> "BOOLEAN";
            case DATE -> "TIMESTAMP WITH TIME ZONE";
            case REF -> "UUID";
            default -> "VARCHAR(255)";
        };
    }
}
