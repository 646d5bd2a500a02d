package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.QueryResult;
import io.vcdsim.query.QueryService;

/** {@code GET /api/query}: the QueryList without a type, a typed query with one. */
public final class QueryResource implements Routes {
    private final QueryService queries;

    public QueryResource(QueryService queries) {
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get("/api/query", this::query);
    }

    Reply query(Exchange x) {
        String type = x.queryParam("type");
        if (type == null) {
            return Reply.ok(queries.list(x.principal(), x.baseUrl()), MediaTypes.QUERY_LIST);
        }
        return typed(x, queries, type);
    }

    /** A query of one type, with the request's format, filter, sort and page (also for a list's own {@code /query}). */
    static Reply typed(Exchange x, QueryService queries, String type) {
        QueryService.Request req = new QueryService.Request(type, x.queryParam("format"), x.queryParam("filter"),
                x.flag("filterEncoded"), x.queryParam("sortAsc"), x.queryParam("sortDesc"), number(x, "page"),
                number(x, "pageSize"), x.queryParam("fields"));
        QueryResult result = queries.run(x.principal(), req, x.baseUrl());
        return Reply.ok(result, result.type.substring(0, result.type.length() - "+xml".length()));
    }

    /** A query's records as the answer to a GET of a list: vCD answers an extension service's lists so. */
    static Reply records(QueryService queries, Exchange x, String type, String filter) {
        QueryResult result = queries.run(x.principal(), new QueryService.Request(type, "records", filter, false, null,
                null, null, null, null), x.baseUrl());
        return Reply.ok(result, MediaTypes.QUERY_RECORDS);
    }

    private static Integer number(Exchange x, String name) {
        String v = x.queryParam(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'.");
        }
    }
}
