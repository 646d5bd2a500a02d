package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Extension services' API definitions and their file descriptors; {@code tx.store(ApiDefinitionStore::new)}. */
public final class ApiDefinitionStore {
    public record DefinitionRow(UUID id, UUID serviceId, String name, String description, String entryPoint,
                                String namespace, String apiVendor, List<String> supportedVersions, Instant created) {
    }

    public record FileRow(UUID id, UUID apiDefinitionId, String description, String name, String type, String href,
                          Instant created) {
    }

    private static final RowMapper<DefinitionRow> DEFINITION = (rs, ctx) -> new DefinitionRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "service_id"), rs.getString("name"), rs.getString("description"), rs.getString("entry_point"),
            rs.getString("namespace"), rs.getString("api_vendor"), versions(rs.getString("supported_versions")),
            Rows.instant(rs, "created"));
    private static final RowMapper<FileRow> FILE = (rs, ctx) -> new FileRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "api_definition_id"), rs.getString("description"), rs.getString("file_name"),
            rs.getString("file_type"), rs.getString("file_href"), Rows.instant(rs, "created"));
    private final Handle h;

    public ApiDefinitionStore(Handle h) {
        this.h = h;
    }

    private static List<String> versions(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Optional<DefinitionRow> find(UUID id) {
        return h.createQuery("SELECT * FROM api_definition WHERE id = :id").bind("id", id).map(DEFINITION).findOne();
    }

    public void insert(DefinitionRow d) {
        Rows.execute(h, "INSERT INTO api_definition (id, service_id, name, description, entry_point, namespace, "
                        + "api_vendor, supported_versions, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(),
                d.serviceId(), d.name(), d.description(), d.entryPoint(), d.namespace(), d.apiVendor(),
                d.supportedVersions().isEmpty() ? null : String.join(",", d.supportedVersions()), d.created());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM api_definition WHERE id = ?", id);
    }

    public Optional<FileRow> file(UUID id) {
        return h.createQuery("SELECT * FROM file_descriptor WHERE id = :id").bind("id", id).map(FILE).findOne();
    }

    public List<FileRow> filesOf(UUID apiDefinitionId) {
        return h.createQuery("SELECT * FROM file_descriptor WHERE api_definition_id = :d ORDER BY created, id")
                .bind("d", apiDefinitionId).map(FILE).list();
    }

    public void insertFile(FileRow f) {
        Rows.execute(h, "INSERT INTO file_descriptor (id, api_definition_id, description, file_name, file_type, "
                        + "file_href, created) VALUES (?, ?, ?, ?, ?, ?, ?)", f.id(), f.apiDefinitionId(),
                f.description(), f.name(), f.type(), f.href(), f.created());
    }

    public void deleteFile(UUID id) {
        Rows.execute(h, "DELETE FROM file_descriptor WHERE id = ?", id);
    }
}
