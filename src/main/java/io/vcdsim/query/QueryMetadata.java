package io.vcdsim.query;

import io.vcdsim.model.Metadata;
import io.vcdsim.model.MetadataEntry;
import io.vcdsim.model.QueryRecord;
import io.vcdsim.store.MetadataRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/**
 * The metadata a query's {@code fields} ask for ({@code metadata:key}), put into each record as vCD does: a
 * {@code Metadata} element with the record's entries under those keys (go-vcloud-director's queryWithMetadataFields
 * reads them there). PRIVATE entries only for system administrators.
 */
final class QueryMetadata {
    private QueryMetadata() {
    }

    /** {@code ids.get(i)} is the object of {@code records.get(i)}. */
    static void attach(Tx tx, List<UUID> ids, List<QueryRecord> records, List<MetadataName> asked,
                       boolean systemAdmin) {
        List<MetadataRow> rows = tx.metadata().ofAll(ids, asked.stream().map(MetadataName::key).distinct().toList());
        for (int i = 0; i < records.size(); i++) {
            UUID id = ids.get(i);
            Metadata m = null;
            for (MetadataName name : asked) {
                for (MetadataRow row : rows) {
                    if (!row.entityId().equals(id) || !row.domain().equals(name.domain())
                            || !row.key().equals(name.key()) || row.visibility().equals("PRIVATE") && !systemAdmin) {
                        continue;
                    }
                    if (m == null) {
                        m = new Metadata();
                    }
                    m.metadataEntry.add(MetadataEntry.of(row.domain(), row.visibility(), row.key(), row.valueType(),
                            row.value()));
                }
            }
            records.get(i).metadata = m;
        }
    }
}
