package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.ApiDefinitionStore;
import io.vcdsim.store.ApiDefinitionStore.DefinitionRow;
import io.vcdsim.store.ApiDefinitionStore.FileRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Extension services' API definitions and their file descriptors: system administrators register and remove
 * them; every authenticated user may read a definition and its files (vCD's apiDefinition query is theirs too).
 */
public final class ApiDefinitions {
    private final Database db;
    private final Clock clock;

    public ApiDefinitions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record FileSpec(String description, String name, String type, String href) {
    }

    public record Spec(String name, String description, String entryPoint, String namespace, String apiVendor,
                       List<String> supportedVersions, List<FileSpec> files) {
    }

    /** A definition for a system administrator to change; else 403. */
    public DefinitionRow definition(Principal p, UUID id) {
        p.requireSystemAdmin();
        return readable(id);
    }

    /** A definition as any authenticated user may read it. */
    public DefinitionRow readable(UUID id) {
        return Principal.found(db.read(tx -> tx.store(ApiDefinitionStore::new).find(id)), "API definition", id);
    }

    public FileRow file(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(ApiDefinitionStore::new).file(id)), "file descriptor", id);
    }

    public List<FileRow> files(DefinitionRow definition) {
        return db.read(tx -> tx.store(ApiDefinitionStore::new).filesOf(definition.id()));
    }

    /** Registers the definition with its files, all or nothing. */
    public DefinitionRow create(ServiceRow service, Spec in) {
        if (in.name() == null || in.name().isBlank()) {
            throw ApiException.badRequest("An API definition needs a name.");
        }
        if (in.entryPoint() == null || in.entryPoint().isBlank()) {
            throw ApiException.badRequest("An API definition needs an EntryPoint.");
        }
        String name = Lengths.atMost(in.name().strip(), 128, "An API definition's name");
        Lengths.atMost(in.description(), 1024, "An API definition's Description");
        Lengths.atMost(in.entryPoint(), 1024, "An API definition's EntryPoint");
        Lengths.atMost(in.namespace(), 255, "An API definition's Namespace");
        Lengths.atMost(in.apiVendor(), 255, "An API definition's ApiVendor");
        List<String> versions = new ArrayList<>();
        for (String v : in.supportedVersions()) {
            if (v == null || v.isBlank() || v.contains(",")) {
                throw ApiException.badRequest("A supported API Version is a version such as 1.0, not '" + v + "'.");
            }
            versions.add(Lengths.atMost(v.strip(), 32, "A supported API Version"));
        }
        Lengths.atMost(String.join(",", versions), 1024, "An API definition's SupportedApiVersions");
        DefinitionRow row = new DefinitionRow(UUID.randomUUID(), service.id(), name, in.description(),
                in.entryPoint().strip(), in.namespace(), in.apiVendor(), versions, clock.instant());
        List<FileRow> files = new ArrayList<>();
        for (FileSpec f : in.files()) {
            files.add(fileRow(row.id(), f));
        }
        db.run(tx -> {
            ApiDefinitionStore store = tx.store(ApiDefinitionStore::new);
            store.insert(row);
            files.forEach(store::insertFile);
        });
        return row;
    }

    public FileRow addFile(DefinitionRow definition, FileSpec in) {
        FileRow row = fileRow(definition.id(), in);
        db.run(tx -> tx.store(ApiDefinitionStore::new).insertFile(row));
        return row;
    }

    /** Deleting a definition deletes its file descriptors (the store's key). */
    public void delete(DefinitionRow definition) {
        db.run(tx -> tx.store(ApiDefinitionStore::new).delete(definition.id()));
    }

    public void deleteFile(FileRow file) {
        db.run(tx -> tx.store(ApiDefinitionStore::new).deleteFile(file.id()));
    }

    private FileRow fileRow(UUID definitionId, FileSpec f) {
        if (f == null || f.href() == null || f.href().isBlank()) {
            throw ApiException.badRequest("A FileDescriptor needs a File with an href.");
        }
        Lengths.atMost(f.description(), 1024, "A file descriptor's Description");
        Lengths.atMost(f.name(), 255, "A File's name");
        Lengths.atMost(f.type(), 255, "A File's type");
        Lengths.atMost(f.href(), 1024, "A File's href");
        return new FileRow(UUID.randomUUID(), definitionId, f.description(), f.name(), f.type(), f.href().strip(),
                clock.instant());
    }
}
