package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Uploaded bytes on disk: one file per transfer id in the spool directory (--spool-dir). */
public final class Spool {
    /** The suffix of a file whose removal waits for its transaction to commit. */
    private static final String ASIDE = ".removed";
    /** The file naming the installation a spool directory belongs to, and that name in the store. */
    private static final String SPOOL_ID = "spool.id";
    /** How long a starting cell counts as alive before its engine beats the heartbeat itself. */
    private static final int STARTING_SECONDS = 30;
    private final Path dir;

    public Spool(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure that the cells of a store keep uploads in one directory: a chunk may reach any cell,
     * and a file split over two cells' own directories would be silently corrupt. The directory holds
     * the installation's spool id. A cell whose directory holds another one (or none) refuses to start
     * while another cell of the store is alive; alone, it makes its directory the installation's spool.
     */
    public void requireShared(Database db, String cellId, Instant now) {
        Path marker = dir.resolve(SPOOL_ID);
        try {
            String mine = Files.exists(marker) ? Files.readString(marker).trim() : UUID.randomUUID().toString();
            db.run(tx -> {
                // cells starting at once take turns here (the value's row stays locked), and each counts as
                // alive for the next one's check
                String installation = tx.settings().installation(SPOOL_ID, mine, now);
                tx.tasks().heartbeat(cellId, STARTING_SECONDS);
                if (installation.equals(mine)) {
                    return;
                }
                if (tx.tasks().otherLiveCells(cellId) > 0) {
                    throw new IllegalStateException("The spool directory " + dir.toAbsolutePath() + " is not the one "
                            + "the other cells of this store use (spool id " + installation + "): give every cell "
                            + "the same --spool-dir, a directory they all mount.");
                }
                tx.settings().replaceInstallation(SPOOL_ID, mine);
            });
            Files.writeString(marker, mine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the spool directory " + dir, e);
        }
    }

    public Path path(UUID fileId) {
        return dir.resolve(fileId.toString());
    }

    /**
     * Writes exactly {@code length} bytes from {@code in} at {@code offset}. Fewer bytes than announced
     * is a 400, and so is more: nothing past the announced range reaches the disk.
     */
    public void write(UUID fileId, long offset, long length, InputStream in) {
        try (FileChannel ch = FileChannel.open(path(fileId), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[64 * 1024];
            long written = 0;
            int n;
            while ((n = in.read(buf, 0, (int) Math.min(buf.length, length - written + 1))) > 0) {
                if (written + n > length) {
                    throw ApiException.badRequest("The body is longer than its Content-Range (" + length + " bytes).");
                }
                ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    ch.write(b, offset + written + b.position());
                }
                written += n;
            }
            if (written != length) {
                throw ApiException.badRequest("The body has " + written + " bytes; its Content-Range announced "
                        + length + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The complete bytes of one file given to another: a hard link where the file system has them (a copied
     * catalog item costs no space; removing either leaves the other), a copy where not. Dated now, so a sweep
     * before the new file's row commits does not take it for an orphan.
     */
    public void share(UUID from, UUID to) {
        Path target = path(to);
        try {
            if (!Files.exists(path(from))) {
                throw io.vcdsim.core.ApiException.badRequest("The source's bytes are gone: it was deleted meanwhile.");
            }
            try {
                Files.createLink(target, path(from));
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                Files.copy(path(from), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a file out of the way of readers, to be discarded or restored when its removal commits or not. */
    public void setAside(UUID fileId) {
        move(path(fileId), aside(fileId));
    }

    public void discard(UUID fileId) {
        try {
            Files.deleteIfExists(aside(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restore(UUID fileId) {
        move(aside(fileId), path(fileId));
    }

    private Path aside(UUID fileId) {
        return dir.resolve(fileId + ASIDE);
    }

    private static void move(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every uploaded file (a reset). */
    public void clear() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (uploadOf(f) != null) { // the spool's id, and anything else in the directory, stay
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the upload this file holds (set aside or not), or null for a file that is no upload. */
    private static UUID uploadOf(Path f) {
        try {
            return UUID.fromString(f.getFileName().toString().replace(ASIDE, ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Deletes the files no transfer row names any more (their object went with an org, or a crash came
     * between the two). Files younger than a minute stay: their row may not be visible yet.
     */
    public int sweep(Supplier<Set<UUID>> known) {
        long cutoff = System.currentTimeMillis() - 60_000;
        Set<UUID> keep = known.get();
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                // a file set aside by a removal that a crash interrupted belongs to no one
                UUID id = uploadOf(f);
                if (id != null && !keep.contains(id) && Files.getLastModifiedTime(f).toMillis() < cutoff
                        && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }
}
