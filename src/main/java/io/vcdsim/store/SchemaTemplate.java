package io.vcdsim.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The embedded store as the migrations leave it, made once at build time (pom.xml runs {@link #main} after
 * compiling) and copied into a data directory that has no store yet. A first start then runs no migration and
 * never loads Flyway: running them took most of a second on a warm JVM and seconds on a cold one, and every
 * test's vcdsim is a first start. A build without the template (an IDE's) migrates as before.
 */
public final class SchemaTemplate {
    static final String RESOURCE = "db/template/";

    private SchemaTemplate() {
    }

    /**
     * Puts the template where {@link Database#h2Url} expects the store of {@code dataDir}, unless a store is
     * there already; false when this build has no template. The copy is complete or absent: it is written
     * beside the store and renamed, so a stop in the middle leaves no half store to open next time.
     */
    public static boolean copyInto(Path dataDir) throws IOException {
        Path store = Database.h2File(dataDir);
        if (Files.exists(store)) {
            return false;
        }
        try (InputStream template = SchemaTemplate.class.getClassLoader()
                .getResourceAsStream(RESOURCE + store.getFileName())) {
            if (template == null) {
                return false;
            }
            Files.createDirectories(dataDir);
            Path part = dataDir.resolve(store.getFileName() + ".part");
            Files.copy(template, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, store, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /**
     * The build step: migrates a new store in {@code args[0]} (the classes directory) under {@link #RESOURCE},
     * unless the one there is newer than every migration script.
     */
    public static void main(String[] args) throws IOException, SQLException {
        Path classes = Path.of(args[0]);
        Path dir = classes.resolve(RESOURCE);
        Path store = Database.h2File(dir);
        if (Files.exists(store) && Files.getLastModifiedTime(store).compareTo(newestMigration(classes)) > 0) {
            return;
        }
        Files.deleteIfExists(store);
        new Database(Database.h2Url(dir), null, null).close();
        try (Connection c = DriverManager.getConnection(Database.h2Url(dir)); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT"); // the file shrinks to its content: a smaller jar, a quicker copy
        }
        // H2's record of the empty database's missing history table, which the first look for it found
        Files.deleteIfExists(dir.resolve(store.getFileName().toString().replace(".mv.db", ".trace.db")));
    }

    private static java.nio.file.attribute.FileTime newestMigration(Path classes) throws IOException {
        try (Stream<Path> scripts = Files.list(classes.resolve("db/migration"))) {
            return scripts.map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).max(java.nio.file.attribute.FileTime::compareTo).orElseThrow();
        }
    }
}
