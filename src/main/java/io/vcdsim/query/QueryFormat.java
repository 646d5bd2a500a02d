package io.vcdsim.query;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;

/** The three result formats of a query: records (hrefs), idrecords (URNs), references. */
public enum QueryFormat {
    RECORDS("records", MediaTypes.QUERY_RECORDS), IDRECORDS("idrecords", MediaTypes.QUERY_IDRECORDS),
    REFERENCES("references", MediaTypes.QUERY_REFERENCES);

    public final String wire;
    public final String mediaType;

    QueryFormat(String wire, String mediaType) {
        this.wire = wire;
        this.mediaType = mediaType;
    }

    static QueryFormat of(String s) {
        for (QueryFormat f : values()) {
            if (f.wire.equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw ApiException.badRequest("Unknown query format '" + s + "': use records, idrecords or references.");
    }
}
