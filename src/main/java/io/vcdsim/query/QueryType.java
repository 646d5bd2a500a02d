package io.vcdsim.query;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed query (user, adminUser, task, ...): the SQL it reads, the fields it offers, who may run it
 * and which rows they see. Every type runs through the same engine in {@link QueryService}.
 *
 * @param from      the FROM clause, joins included
 * @param idSql     the object's id column; with {@code hrefPath} it makes each record's href
 * @param orgSql    the owning org's id column: callers outside the System org see only their org's rows
 * @param sharedSql the other orgs' rows they see too (a catalog shared with their org): a condition with one
 *                  {@code ?}, their org's id; null when they see only their own
 * @param admin     admin types (adminUser, ...) need the Administrator View right
 * @param systemOnly types only system administrators may run (blockingTask, adminService)
 * @param indexPrefix columns that lead the type's indexes, in index order: those a query pins to one
 *                  value are named first in its ORDER BY (which does not change the order), so an
 *                  index on (them, sort column, id) returns the page without sorting every match
 * @param tieBreakSql what orders rows the sort column ties on (the id unless said otherwise; events
 *                  use the log's sequence, so those written in one instant keep their order)
 * @param cloudApiOnly types that page a cloudapi list and are not offered at {@code /api/query}
 * @param aliases   other names of fields, for filters and sorts only: the cloudapi's names of what the
 *                  {@code /api} records call otherwise ({@code orgVdc.id} for {@code vdc})
 * @param filterFields fields of the cloudapi's that filters and sorts may name and records do not show (an edge
 *                  gateway's {@code ownerRef.id}, its VDC or the VDC group it is in)
 * @param metadata  whether its objects carry metadata: filters and {@code fields} may then name
 *                  {@code metadata:key} (and {@code metadata@SYSTEM:key})
 * @param kindSql   when its rows are of more than one kind (vm records list vApps' VMs and templates' VMs): the
 *                  name of each row's {@link Kind}, whose path, URN type and media type its record takes; else null
 * @param recordsOnly types vCD answers in records and idrecords only (cell, dvSwitch, the resource pool relations):
 *                  {@code /api/query} lists no references link for them and refuses {@code format=references}
 */
public record QueryType(String name, String recordElement, String referenceElement, String entityMediaType,
                        String from, String idSql, String hrefPath, String urnType, String orgSql, String sharedSql, Right right,
                        boolean admin, boolean systemOnly, String defaultSort, List<String> indexPrefix,
                        String tieBreakSql, Map<String, QueryField> fields, boolean cloudApiOnly,
                        Map<String, String> aliases, Map<String, QueryField> filterFields, boolean metadata,
                        String kindSql, boolean recordsOnly) {

    /** The query of a kind (its name, the hrefs, URNs and media type of its records, the right to run it). */
    public static Builder of(Kind kind, String recordElement, String referenceElement) {
        return new Builder(kind.query(), recordElement, referenceElement).entity(kind, false).needs(kind.viewRight())
                .metadata(kind.hasMetadata());
    }

    /**
     * The administrators' query of a kind, across orgs. Its records name the admin view of kinds that
     * are referred to by it (adminOrganization lists /api/admin/org/...), the user view of the others.
     */
    public static Builder adminOf(Kind kind, String recordElement, String referenceElement) {
        return new Builder(kind.adminQuery(), recordElement, referenceElement).entity(kind, kind.referencedAtAdmin())
                .needs(kind.viewRight()).admin().metadata(kind.hasMetadata());
    }

    /**
     * A relation between objects (a disk and the VM it is attached to, a vApp and an org VDC network it is
     * connected to): a query of its own name whose records name an object of {@code kind} by href, run with that
     * kind's view right.
     */
    public static Builder relation(String name, String recordElement, String referenceElement, Kind kind) {
        return new Builder(name, recordElement, referenceElement).entity(kind, false).needs(kind.viewRight());
    }

    /**
     * A query of what the simulated vCenter has and vcdsim does not serve as objects (its port groups): system
     * administrators' to run, with records that carry no href.
     */
    public static Builder inventory(String name, String recordElement, String referenceElement) {
        return named(name, recordElement, referenceElement).systemOnly();
    }

    /**
     * A query of objects of no kind vcdsim declares (cells, or what it never has, such as shadow VMs): records that
     * carry no href, run by anyone the builder does not restrict further.
     */
    public static Builder named(String name, String recordElement, String referenceElement) {
        return new Builder(name, recordElement, referenceElement);
    }

    /** The field of this name, or of which this is an alias; null if none. */
    public QueryField field(String fieldName) {
        QueryField f = fields.get(fieldName);
        if (f == null) {
            f = filterFields.get(fieldName);
        }
        return f != null ? f : fields.get(aliases.getOrDefault(fieldName, ""));
    }

    /** Declares a query type step by step, keeping field order (it is the attribute order). */
    public static final class Builder {
        private final String name;
        private final String recordElement;
        private final String referenceElement;
        private String entityMediaType;
        private String from;
        private String idSql;
        private String hrefPath;
        private String kindAdminPath;
        private String urnType;
        private String orgSql;
        private String sharedSql;
        private Right right;
        private boolean admin;
        private boolean systemOnly;
        private boolean cloudApiOnly;
        private String defaultSort = "name";
        private List<String> indexPrefix = List.of();
        private String tieBreakSql;
        private boolean metadata;
        private boolean recordsOnly;
        private final Map<String, QueryField> fields = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Map<String, QueryField> filterFields = new LinkedHashMap<>();
        private String kindSql;

        private Builder(String name, String recordElement, String referenceElement) {
            this.name = name;
            this.recordElement = recordElement;
            this.referenceElement = referenceElement;
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        private Builder entity(Kind kind, boolean adminView) {
            this.hrefPath = adminView ? kind.adminPathPrefix() : kind.pathPrefix();
            this.kindAdminPath = kind.adminPathPrefix();
            this.urnType = kind.urnType;
            this.entityMediaType = adminView ? kind.adminMediaType() : kind.mediaType();
            return this;
        }

        /** Its rows are objects that carry metadata, which filters and fields may name. */
        private Builder metadata(boolean carries) {
            this.metadata = carries;
            return this;
        }

        /** Records name the admin view of their objects (vCD's orgVdcNetwork records do), not the user view. */
        public Builder adminHrefs() {
            this.hrefPath = kindAdminPath;
            return this;
        }

        /** The column of the object's id, which makes each record's href and URN. */
        public Builder id(String idSql) {
            this.idSql = idSql;
            return this;
        }

        public Builder ownedBy(String orgSql) {
            this.orgSql = orgSql;
            return this;
        }

        /** Rows of other orgs that a caller's org sees too: {@code sharedSql} has one {@code ?}, the caller's org. */
        public Builder alsoShared(String sharedSql) {
            this.sharedSql = sharedSql;
            return this;
        }

        private Builder needs(Right right) {
            this.right = right;
            return this;
        }

        private Builder admin() {
            this.admin = true;
            return this;
        }

        /** A user query vCD offers administrators only, as it does {@code organization} ([OrgAdmin, SysAdmin]). */
        public Builder administratorsOnly() {
            return admin();
        }

        public Builder systemOnly() {
            this.systemOnly = true;
            return this;
        }

        /** Pages a cloudapi list only: {@code /api/query} neither lists nor runs it. */
        public Builder cloudApiOnly() {
            this.cloudApiOnly = true;
            return this;
        }

        /** vCD answers it in records and idrecords only: no references format. */
        public Builder recordsOnly() {
            this.recordsOnly = true;
            return this;
        }

        public Builder sortedBy(String field) {
            this.defaultSort = field;
            return this;
        }

        public Builder indexPrefix(String... columns) {
            this.indexPrefix = List.of(columns);
            return this;
        }

        public Builder tieBreak(String sql) {
            this.tieBreakSql = sql;
            return this;
        }

        public Builder fields(List<QueryField> list) {
            list.forEach(f -> fields.put(f.name(), f));
            return this;
        }

        /** Its rows are of more than one kind: {@code sql} names each row's {@link Kind}, which makes its href. */
        public Builder kindPerRow(String sql) {
            this.kindSql = sql;
            return this;
        }

        /** {@code alias} names the field {@code field} in filters and sorts. */
        public Builder alias(String alias, String field) {
            aliases.put(alias, field);
            return this;
        }

        /** {@code field} may be named in filters and sorts; records do not show it. */
        public Builder filterField(QueryField field) {
            filterFields.put(field.name(), field);
            return this;
        }

        public QueryType build() {
            return new QueryType(name, recordElement, referenceElement, entityMediaType, from, idSql, hrefPath,
                    urnType, orgSql, sharedSql, right, admin, systemOnly, defaultSort, indexPrefix,
                    tieBreakSql != null ? tieBreakSql : idSql, Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
                    cloudApiOnly, Map.copyOf(aliases), Map.copyOf(filterFields), metadata, kindSql, recordsOnly);
        }
    }
}
