package io.vcdsim.query;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Kinds;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.model.Link;
import io.vcdsim.model.QueryList;
import io.vcdsim.model.QueryRecord;
import io.vcdsim.model.QueryResult;
import io.vcdsim.model.QueryResultRecords;
import io.vcdsim.model.QueryResultReferences;
import io.vcdsim.store.Database;
import org.jdbi.v3.core.statement.Query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The query service: one engine for every typed query. Filtering, sorting, counting and paging all
 * happen in the database; only the requested page is read.
 */
public final class QueryService {
    private static final int MAX_METADATA_FIELDS = 64;
    /** What a record carries whatever fields are asked for. */
    private static final Set<String> ALWAYS_WRITTEN = Set.of("href", "id", "type");
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 128;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /** A parsed query request. */
    public record Request(String type, String format, String filter, boolean filterEncoded, String sortAsc,
                          String sortDesc, Integer page, Integer pageSize, String fields) {
    }

    private final Database db;
    private final Map<String, QueryType> types = new LinkedHashMap<>();

    public QueryService(Database db, List<QueryType> queryTypes) {
        this.db = db;
        queryTypes.forEach(t -> types.put(t.name(), t));
    }

    private boolean allowed(Principal p, QueryType t) {
        return (t.right() == null || p.has(t.right())) && (!t.admin() || p.has(Right.ADMIN_VIEW))
                && (!t.systemOnly() || p.isSystemAdmin());
    }

    public QueryList list(Principal p, String baseUrl) {
        QueryList list = new QueryList();
        list.href = baseUrl + "/api/query";
        list.type = MediaTypes.xml(MediaTypes.QUERY_LIST);
        for (QueryType t : types.values()) {
            if (allowed(p, t) && !t.cloudApiOnly()) {
                for (QueryFormat f : formats(t)) {
                    list.link(new Link("down", baseUrl + "/api/query?type=" + t.name() + "&format=" + f.wire,
                            MediaTypes.xml(f.mediaType), t.name()));
                }
            }
        }
        return list;
    }

    /** One page of the ids a query matches, with the total: for the cloudapi lists, which render each object. */
    public record IdPage(long total, List<UUID> ids) {
    }

    /**
     * The ids of one page of query {@code type}, as {@link #run} would list them. {@code orgScope}, when not null,
     * keeps the objects of that org only: a system administrator's tenant context on the cloudapi. {@code required},
     * when not null, is a filter of the server's own that every object must also match (compiled apart from the
     * caller's, so no filter text of theirs can loosen it).
     */
    public IdPage ids(Principal p, String type, UUID orgScope, String required, String filter, String sortAsc,
                      String sortDesc, int page, int pageSize) {
        QueryType t = allowedType(p, type);
        checkPage(page, pageSize);
        Request r = new Request(type, null, filter, false, sortAsc, sortDesc, page, pageSize, null);
        Where caller = where(p, t, r, orgScope);
        Where where = required == null ? caller : new Where(caller.sql + " AND "
                + Filter.toSql(required, t, false, caller.params, caller.pinned), caller.params, caller.pinned);
        String sql = "SELECT " + t.idSql() + " AS q_id FROM " + t.from() + where.sql + orderBy(t, r, where.pinned)
                + " LIMIT " + pageSize + " OFFSET " + (long) (page - 1) * pageSize;
        return db.read(tx -> {
            Query count = tx.handle().createQuery("SELECT COUNT(*) FROM " + t.from() + where.sql);
            bind(count, where.params);
            long total = count.mapTo(Long.class).one();
            Query rows = tx.handle().createQuery(sql);
            bind(rows, where.params);
            return new IdPage(total, rows.map((rs, ctx) -> rs.getObject("q_id", UUID.class)).list());
        });
    }

    private QueryType allowedType(Principal p, String type) {
        QueryType t = types.get(type);
        if (t == null) {
            throw ApiException.badRequest("Unknown query type '" + type + "'. GET /api/query lists them.");
        }
        if (!allowed(p, t)) {
            throw ApiException.forbidden("Query type " + t.name() + " is not available to this user.");
        }
        return t;
    }

    private static void checkPage(int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page must be 1 or more and pageSize between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }

    /** A WHERE clause with its bound values and the columns it pins to one value. */
    private record Where(String sql, List<Object> params, Set<String> pinned) {
    }

    private static Where where(Principal p, QueryType t, Request r, UUID orgScope) {
        List<Object> params = new ArrayList<>();
        Set<String> pinned = new HashSet<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        UUID caller = p.systemOrg() ? null : p.orgId();
        if (caller != null && t.orgSql() != null && t.sharedSql() != null) {
            // the caller's org's rows, and those other orgs share with it
            where.append(" AND (").append(t.orgSql()).append(" = ? OR ").append(t.sharedSql()).append(")");
            params.add(caller);
            params.add(caller);
        }
        for (UUID org : new UUID[]{t.sharedSql() == null ? caller : null, orgScope}) {
            if (org != null && t.orgSql() != null) {
                where.append(" AND ").append(t.orgSql()).append(" = ?");
                params.add(org);
                pinned.add(t.orgSql());
            }
        }
        if (r.filter() != null && !r.filter().isBlank()) {
            // pre-35.0 clients double-encode values and say so with filterEncoded=true
            where.append(" AND ").append(Filter.toSql(r.filter(), t, r.filterEncoded(), params, pinned));
        }
        return new Where(where.toString(), params, pinned);
    }

    public QueryResult run(Principal p, Request r, String baseUrl) {
        QueryType t = allowedType(p, r.type());
        if (t.cloudApiOnly()) {
            throw ApiException.badRequest("Unknown query type '" + r.type() + "'. GET /api/query lists them.");
        }
        QueryFormat format = r.format() == null ? QueryFormat.RECORDS : QueryFormat.of(r.format());
        if (!formats(t).contains(format)) {
            throw ApiException.badRequest("Query type " + t.name() + " is answered in records and idrecords only.");
        }
        int page = r.page() == null ? 1 : r.page();
        int pageSize = r.pageSize() == null ? DEFAULT_PAGE_SIZE : r.pageSize();
        checkPage(page, pageSize);
        List<QueryField> fields = selectedFields(t, r.fields());
        List<MetadataName> metadataFields = metadataFields(t, r.fields());

        Where w = where(p, t, r, null);
        List<Object> params = w.params;
        Set<String> pinned = w.pinned;
        String where = w.sql;
        String order = orderBy(t, r, pinned);

        StringBuilder select = new StringBuilder("SELECT ").append(t.idSql()).append(" AS q_id");
        if (t.kindSql() != null) {
            select.append(", ").append(t.kindSql()).append(" AS q_kind");
        }
        for (int i = 0; i < fields.size(); i++) {
            select.append(", ").append(fields.get(i).sql()).append(" AS q_").append(i);
            if (fields.get(i).kindSql() != null) {
                select.append(", ").append(fields.get(i).kindSql()).append(" AS q_").append(i).append("_kind");
            }
        }
        String sql = select + " FROM " + t.from() + where + order + " LIMIT " + pageSize + " OFFSET "
                + (long) (page - 1) * pageSize;
        String countSql = "SELECT COUNT(*) FROM " + t.from() + where;

        QueryResult result = format == QueryFormat.REFERENCES ? new QueryResultReferences() : new QueryResultRecords();
        db.run(tx -> {
            Query count = tx.handle().createQuery(countSql);
            bind(count, params);
            result.total = count.mapTo(Long.class).one();
            Query rows = tx.handle().createQuery(sql);
            bind(rows, params);
            List<UUID> ids = new ArrayList<>();
            result.records.addAll(rows.map((rs, ctx) -> {
                ids.add(rs.getObject("q_id", UUID.class));
                return row(rs, t, fields, format, baseUrl);
            }).list());
            if (!metadataFields.isEmpty() && format != QueryFormat.REFERENCES) {
                QueryMetadata.attach(tx, ids, result.records, metadataFields, p.isSystemAdmin());
            }
        });
        result.name = t.name();
        result.page = page;
        result.pageSize = pageSize;
        result.type = MediaTypes.xml(format.mediaType);
        result.href = pageHref(baseUrl, t, format, r, page, pageSize);
        long lastPage = Math.max(1, (result.total + pageSize - 1) / pageSize);
        String mt = MediaTypes.xml(format.mediaType);
        if (page > 1) {
            result.link(new Link("firstPage", pageHref(baseUrl, t, format, r, 1, pageSize), mt));
            result.link(new Link("previousPage", pageHref(baseUrl, t, format, r, page - 1, pageSize), mt));
        }
        if (page < lastPage) {
            result.link(new Link("nextPage", pageHref(baseUrl, t, format, r, page + 1, pageSize), mt));
            result.link(new Link("lastPage", pageHref(baseUrl, t, format, r, (int) lastPage, pageSize), mt));
        }
        for (QueryFormat other : formats(t)) {
            if (other != format) {
                result.link(new Link("alternate", pageHref(baseUrl, t, other, r, page, pageSize),
                        MediaTypes.xml(other.mediaType)));
            }
        }
        return result;
    }

    /** The formats a type is answered in: all three, or records and idrecords only. */
    private static List<QueryFormat> formats(QueryType t) {
        return t.recordsOnly() ? List.of(QueryFormat.RECORDS, QueryFormat.IDRECORDS) : List.of(QueryFormat.values());
    }

    private static List<QueryField> selectedFields(QueryType t, String fieldsParam) {
        if (fieldsParam == null || fieldsParam.isBlank()) {
            return new ArrayList<>(t.fields().values());
        }
        List<QueryField> out = new ArrayList<>();
        for (String name : fieldsParam.split(",")) {
            if (name.isBlank() || t.metadata() && MetadataName.parse(name.trim()) != null) {
                continue; // go-vcloud-director's list of metadata fields ends with a comma
            }
            QueryField f = t.field(name.trim());
            if (f == null && ALWAYS_WRITTEN.contains(name.trim())) {
                continue; // every record has them (go-vcloud-director asks for them with a task's fields)
            }
            if (f == null) {
                throw ApiException.badRequest("Unknown field '" + name.trim() + "' for query type " + t.name() + ".");
            }
            out.add(f);
        }
        return out;
    }

    /** The metadata keys {@code fields} asks for ({@code metadata:key}, {@code metadata@SYSTEM:key}). */
    private static List<MetadataName> metadataFields(QueryType t, String fieldsParam) {
        List<MetadataName> out = new ArrayList<>();
        if (fieldsParam == null || !t.metadata()) {
            return out;
        }
        for (String name : fieldsParam.split(",")) {
            MetadataName m = MetadataName.parse(name.trim());
            if (m != null) {
                out.add(m);
            }
        }
        if (out.size() > MAX_METADATA_FIELDS) {
            throw ApiException.badRequest("A query asks for at most " + MAX_METADATA_FIELDS + " metadata fields.");
        }
        return out;
    }

    private static String orderBy(QueryType t, Request r, Set<String> pinned) {
        if (r.sortAsc() != null && r.sortDesc() != null) {
            throw ApiException.badRequest("Give sortAsc or sortDesc, not both.");
        }
        String fieldName = r.sortAsc() != null ? r.sortAsc() : r.sortDesc() != null ? r.sortDesc() : t.defaultSort();
        QueryField f = t.field(fieldName);
        if (f == null) {
            throw ApiException.badRequest("Cannot sort by unknown field '" + fieldName + "' of query type "
                    + t.name() + ".");
        }
        String dir = r.sortDesc() != null ? " DESC" : " ASC";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String column : t.indexPrefix()) {
            if (pinned.contains(column)) {
                order.append(column).append(dir).append(", "); // one value: the order stays, an index can serve it
            }
        }
        if (!f.constant()) { // every row has a constant's value, and PostgreSQL refuses to order by one
            order.append(f.sql()).append(dir).append(", ");
        }
        // a unique column breaks ties, so pages never overlap or skip rows
        return order.append(t.tieBreakSql()).append(dir).toString();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.bind(i, params.get(i));
        }
    }

    private static QueryRecord row(ResultSet rs, QueryType t, List<QueryField> fields, QueryFormat format,
                                   String baseUrl) throws SQLException {
        UUID id = rs.getObject("q_id", UUID.class);
        // a type whose rows are of several kinds takes each row's path, URN type and media type from its kind
        Kind kind = t.kindSql() == null ? null : kind(rs.getString("q_kind"));
        String hrefPath = kind == null ? t.hrefPath() : kind.pathPrefix();
        String urnType = kind == null ? t.urnType() : kind.urnType;
        if (format == QueryFormat.REFERENCES) {
            String nameValue = t.field("name") != null ? nameOf(rs, fields) : null;
            if (hrefPath == null) {
                return new QueryRecord(t.referenceElement()).put("name", nameValue);
            }
            return new QueryRecord(t.referenceElement()).put("href", baseUrl + hrefPath + id)
                    .put("id", urn(urnType, id)).put("type", MediaTypes.xml(kind == null ? t.entityMediaType()
                            : kind.mediaType())).put("name", nameValue);
        }
        QueryRecord rec = new QueryRecord(t.recordElement());
        for (int i = 0; i < fields.size(); i++) {
            QueryField f = fields.get(i);
            Object v = rs.getObject("q_" + i);
            if (f.kindSql() != null && v != null) {
                Kind of = kind(rs.getString("q_" + i + "_kind"));
                rec.put(f.name(), format == QueryFormat.IDRECORDS ? urn(of.urnType, (UUID) v)
                        : baseUrl + of.pathPrefix() + v);
            } else {
                rec.put(f.name(), text(v, f, format, baseUrl));
            }
        }
        if (hrefPath == null) {
            return rec;
        }
        rec.put("href", baseUrl + hrefPath + id);
        if (format == QueryFormat.IDRECORDS) {
            rec.put("id", urn(urnType, id));
        }
        return rec;
    }

    /** The kind a row's kind column names (a type's own SQL: always one of them). */
    private static Kind kind(String name) {
        return Kinds.named(name).orElseThrow(() -> new IllegalStateException("no kind " + name));
    }

    private static String nameOf(ResultSet rs, List<QueryField> fields) throws SQLException {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals("name")) {
                return rs.getString("q_" + i);
            }
        }
        return null;
    }

    private static String text(Object v, QueryField f, QueryFormat format, String baseUrl) {
        if (v == null) {
            return null;
        }
        return switch (f.type()) {
            case REF -> format == QueryFormat.IDRECORDS ? urn(f.urnType(), (UUID) v) : baseUrl + f.hrefPath() + v;
            case HREF -> v.toString().startsWith("/") ? baseUrl + v : v.toString();
            case DATE -> DATE.format(v instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC)
                    : ((java.sql.Timestamp) v).toInstant().atOffset(ZoneOffset.UTC));
            default -> v.toString();
        };
    }

    private static String urn(String type, UUID id) {
        return "urn:vcloud:" + type + ":" + id;
    }

    private static String pageHref(String baseUrl, QueryType t, QueryFormat f, Request r, int page, int pageSize) {
        StringBuilder s = new StringBuilder(baseUrl).append("/api/query?type=").append(t.name())
                .append("&format=").append(f.wire).append("&page=").append(page).append("&pageSize=").append(pageSize);
        append(s, "filter", r.filter());
        if (r.filterEncoded()) {
            s.append("&filterEncoded=true");
        }
        append(s, "sortAsc", r.sortAsc());
        append(s, "sortDesc", r.sortDesc());
        append(s, "fields", r.fields());
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
    }
}
