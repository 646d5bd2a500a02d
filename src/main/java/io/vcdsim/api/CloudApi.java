package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.core.Texts;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.RoleView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The conventions every {@code /cloudapi/1.0.0} endpoint shares: URN ids, a page of {@code values} with
 * {@code resultTotal}, {@code pageCount}, {@code page} and {@code pageSize} plus a {@code Link} header to the next page
 * (which go-vcloud-director follows), FIQL {@code filter} and {@code sortAsc}/{@code sortDesc} (the query service's
 * own), and a system administrator's tenant context header.
 */
final class CloudApi {
    static final String V1 = "/cloudapi/1.0.0";
    /** Which org a system administrator acts in, by its bare id (go-vcloud-director sends no URN: vCD 10.2 refused one). */
    static final String TENANT_CONTEXT = "X-VMWARE-VCLOUD-TENANT-CONTEXT";
    private static final int DEFAULT_PAGE_SIZE = 25;

    private CloudApi() {
    }

    /** The paging, filter and sort a list request asks for; out-of-range values are the query service's 400. */
    record Paging(int page, int pageSize, String filter, String sortAsc, String sortDesc) {
        static Paging of(Exchange x) {
            return new Paging(number(x, "page", 1), number(x, "pageSize", DEFAULT_PAGE_SIZE),
                    Texts.blankIsNull(x.queryParam("filter")), Texts.blankIsNull(x.queryParam("sortAsc")),
                    Texts.blankIsNull(x.queryParam("sortDesc")));
        }

        private static int number(Exchange x, String name, int otherwise) {
            String v = x.queryParam(name);
            if (v == null || v.isBlank()) {
                return otherwise;
            }
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'.");
            }
        }
    }

    /** One page of a query type's objects, each rendered by {@code view}. */
    static Reply page(Exchange x, QueryService queries, String queryType, UUID orgScope, String model,
                      java.util.function.Function<List<UUID>, List<?>> view) {
        return page(x, queries, queryType, orgScope, model, null, view);
    }

    /** The same, keeping only what {@code required} (a filter of the server's own) also matches. */
    static Reply page(Exchange x, QueryService queries, String queryType, UUID orgScope, String model,
                      String required, java.util.function.Function<List<UUID>, List<?>> view) {
        Paging paging = Paging.of(x);
        QueryService.IdPage found = queries.ids(x.principal(), queryType, orgScope, required, paging.filter(),
                paging.sortAsc(), paging.sortDesc(), paging.page(), paging.pageSize());
        return page(x, paging, found.total(), view.apply(found.ids()), model);
    }

    /** The page document and its Link header, for {@code values} that are page {@code p.page()} of {@code total}. */
    static Reply page(Exchange x, Paging p, long total, List<?> values, String model) {
        int pageCount = (int) Math.max(1, (total + p.pageSize() - 1) / p.pageSize());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resultTotal", total);
        body.put("pageCount", pageCount);
        body.put("page", p.page());
        body.put("pageSize", p.pageSize());
        body.put("associations", null);
        body.put("values", values);
        StringJoiner links = new StringJoiner(", ");
        if (p.page() < pageCount) {
            links.add(link(x, p, p.page() + 1, "nextPage", model));
            links.add(link(x, p, pageCount, "lastPage", model));
        }
        if (p.page() > 1) {
            links.add(link(x, p, p.page() - 1, "previousPage", model));
            links.add(link(x, p, 1, "firstPage", model));
        }
        Reply reply = Reply.json(200, body);
        return links.length() == 0 ? reply : reply.header("Link", links.toString());
    }

    private static String link(Exchange x, Paging p, int page, String rel, String model) {
        List<String> params = new ArrayList<>();
        params.add("page=" + page);
        params.add("pageSize=" + p.pageSize());
        for (String[] kv : new String[][]{{"filter", p.filter()}, {"sortAsc", p.sortAsc()}, {"sortDesc", p.sortDesc()}}) {
            if (kv[1] != null) {
                params.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return "<" + x.href(x.path()) + "?" + String.join("&", params) + ">;rel=\"" + rel
                + "\";type=\"application/json\";model=\"" + model + "\"";
    }

    /** 202 for a long operation: the task is at {@code Location} (go-vcloud-director waits for it, then reads its Owner). */
    static Reply accepted(Exchange x, TaskRow task) {
        return Reply.accepted(null, null).header("Location", Hrefs.of(x, Kind.TASK, task.id()));
    }

    /**
     * The org a request acts in: a system administrator's tenant context when given, else the caller's own org.
     * Only a system administrator may name another org.
     */
    static UUID actingOrg(Exchange x) {
        Principal p = x.principal();
        String context = x.header(TENANT_CONTEXT);
        if (context == null || context.isBlank()) {
            return p.orgId();
        }
        UUID org = Ids.fromAny(context.trim());
        if (org == null) {
            throw ApiException.badRequest(TENANT_CONTEXT + " must name an org by its id, not '" + context + "'.");
        }
        if (!org.equals(p.orgId()) && !p.isSystemAdmin()) {
            throw ApiException.forbidden("Only a system administrator may act in another organization.");
        }
        return org;
    }

    /** Whose objects a list shows: every org's for a system administrator without a tenant context, else one org's. */
    static UUID listedOrg(Exchange x) {
        String context = x.header(TENANT_CONTEXT);
        return x.principal().isSystemAdmin() && (context == null || context.isBlank()) ? null : actingOrg(x);
    }

    /** The object id in a path segment: a URN of {@code kind} (or a bare id); anything else names nothing (403). */
    static UUID id(Exchange x, String param, Kind kind) {
        String text = x.pathParam(param);
        UUID id = Ids.fromAny(text);
        if (id == null || (text.startsWith("urn:") && !text.startsWith("urn:vcloud:" + kind.urnType + ":"))) {
            throw ApiException.forbidden("No " + kind + " with id " + text + " is accessible.");
        }
        return id;
    }

    /** A JSON body of {@code type}; {@code null} (which JSON allows) is a 400 like any body that is not one. */
    /** A PUT body's {@code id}, if it gives one, names the object of the URL (as a URN or a bare id); else 400. */
    static void sameId(String bodyId, UUID id) {
        if (bodyId != null && !bodyId.isBlank() && !id.equals(Ids.fromAny(bodyId))) {
            throw ApiException.badRequest("The body's id " + Lengths.shown(bodyId) + " is not the id in the "
                    + "URL.");
        }
    }

    static <T> T body(Exchange x, Class<T> type, String rootName) {
        T body = x.read(type, rootName, "application/json");
        if (body == null) {
            throw ApiException.badRequest("The request body must be a " + rootName + " object, not null.");
        }
        return body;
    }

    /** The {@code OpenApiItems} list of references rights and tenants are set with. */
    public static final class References {
        public List<Reference> values;
    }

    public static final class Reference {
        public String name;
        public String id;
    }

    static List<Reference> references(Exchange x) {
        References body = x.read(References.class, "OpenApiItems", "application/json");
        List<Reference> refs = body.values == null ? List.of() : body.values;
        if (refs.contains(null)) {
            throw ApiException.badRequest("A reference in values is null.");
        }
        return refs;
    }

    /**
     * The rights a request's list names in the catalog, by id or else by name; one that names no right fails the
     * whole list.
     */
    static Set<RightsCatalog.Entry> rights(Exchange x, RightsCatalog.Lookup catalog) {
        Set<RightsCatalog.Entry> rights = new HashSet<>();
        for (Reference ref : references(x)) {
            rights.add(catalog.byReference(ref.id, ref.name).orElseThrow(() -> ApiException.invalidReference(
                    "No right " + (ref.id != null ? ref.id : ref.name) + " exists.")));
        }
        return rights;
    }

    /** A page of rights as a role, global role or rights bundle lists them: references, in name order. */
    static Reply rightsPage(Exchange x, List<RightsCatalog.Entry> rights) {
        return listPage(x, rights.stream().sorted(Comparator.comparing(RightsCatalog.Entry::name))
                .map(RoleView::rightRef).toList(), "Rights");
    }

    /**
     * The conditions of a filter that only picks a context ({@code _context==urn:...;orgVdcId==...}): each
     * {@code key==value} with a key of {@code keys}, joined by {@code ;}. Anything else is a 400.
     */
    static Map<String, String> contextFilter(Exchange x, Set<String> keys) {
        Map<String, String> conditions = new LinkedHashMap<>();
        String filter = Paging.of(x).filter();
        if (filter == null) {
            return conditions;
        }
        for (String part : filter.split(";")) {
            int eq = part.indexOf("==");
            String key = eq < 0 ? null : part.substring(0, eq).trim();
            if (key == null || !keys.contains(key) || conditions.containsKey(key)) {
                throw ApiException.badRequest("This list is filtered by " + String.join(", ", keys.stream().sorted()
                        .map(k -> k + "==").toList()) + " only, not '" + (part.length() > 64 ? part.substring(0, 64) + "…" : part) + "'.");
            }
            conditions.put(key, part.substring(eq + 2).trim());
        }
        return conditions;
    }

    /** A page of a short list held in memory that {@link #contextFilter} has picked: unsorted. */
    static Reply contextPage(Exchange x, List<?> all, String model) {
        Paging p = Paging.of(x);
        return listPage(x, new Paging(p.page(), p.pageSize(), null, p.sortAsc(), p.sortDesc()), all, model);
    }

    /** A page of a short list held in memory, in its order: such lists are neither filtered nor sorted. */
    static Reply listPage(Exchange x, List<?> all, String model) {
        return listPage(x, Paging.of(x), all, model);
    }

    /** {@link #listPage(Exchange, List, String)}, with paging whose own filter the caller has applied. */
    static Reply listPage(Exchange x, Paging p, List<?> all, String model) {
        if (p.filter() != null || p.sortAsc() != null || p.sortDesc() != null) {
            throw ApiException.badRequest(model + " are listed in one order and cannot be filtered or sorted here.");
        }
        if (p.page() < 1 || p.pageSize() < 1 || p.pageSize() > QueryService.MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page must be 1 or more and pageSize between 1 and "
                    + QueryService.MAX_PAGE_SIZE + ".");
        }
        long from = (long) (p.page() - 1) * p.pageSize();
        List<?> values = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + p.pageSize()));
        return page(x, p, all.size(), values, model);
    }
}
