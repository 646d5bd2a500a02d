package io.vcdsim.store;

import io.vcdsim.Sim;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved states, loads and resets cover every table of the simulated cloud: a new table must be listed. */
class SavedStateTest {

    @Test
    void theListedTablesAreTheSchemasButThoseThatHoldNoState() throws Exception {
        Database db = new Database(Database.h2Url(Sim.tempDir()), null, null);
        try {
            Set<String> schema = db.read(tx -> {
                Set<String> tables = new HashSet<>();
                try (var rs = tx.handle().getConnection().getMetaData().getTables(null,
                        tx.handle().getConnection().getSchema(), "%", null)) {
                    while (rs.next()) {
                        if (rs.getString("TABLE_TYPE").endsWith("TABLE")) {
                            tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return tables;
            });
            schema.removeAll(SavedState.NOT_STATE);
            assertThat(SavedState.TABLES).containsExactlyInAnyOrderElementsOf(schema);
        } finally {
            db.close();
        }
    }
}
