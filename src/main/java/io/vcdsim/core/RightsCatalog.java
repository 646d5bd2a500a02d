package io.vcdsim.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every right a vCD 10.5 role may hold, by name and category ({@code rights.tsv}), as clients read and assign them:
 * a terraform role names rights such as "vApp: Edit VM CPU" whether or not vcdsim checks them. The few vcdsim does
 * check are the {@link Right} constants, each of which is in this catalog under the same name and id.
 */
public final class RightsCatalog {
    /** One right: ids are derived from the name, so they survive restarts and agree across cells. */
    public record Entry(String name, String category, UUID id) {
        /** VIEW for a right that only reads, MODIFY for the others (the cloudapi's rightType). */
        public String rightType() {
            return name.contains("View") || name.contains("view") ? "VIEW" : "MODIFY";
        }

        /** Whether an extension service registered the right ({namespace}:name). */
        public boolean ofService() {
            return name.startsWith("{") && name.indexOf("}:") > 0;
        }

        /** The namespace of the service that registered the right ({namespace}:name), or vCD's own. */
        public String serviceNamespace() {
            int end = name.indexOf("}:");
            return name.startsWith("{") && end > 0 ? name.substring(1, end) : "com.vmware.vcloud";
        }

        /** The key vCD's UI translates the right's name by. */
        public String bundleKey() {
            return "RIGHT_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        }
    }

    private static final Lookup BUILT_IN = new Lookup(load().values());

    static {
        for (Right r : Right.values()) {
            if (BUILT_IN.byName(r.displayName).isEmpty()) {
                throw new IllegalStateException("rights.tsv lacks the right vcdsim checks: " + r.displayName);
            }
        }
    }

    private RightsCatalog() {
    }

    /** The id of the right named {@code name}, whether or not it is in the catalog. */
    public static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(("vcdsim-right:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a category of rights, derived from its name as the rights' ids are. */
    public static UUID categoryId(String category) {
        return UUID.nameUUIDFromBytes(("vcdsim-rights-category:" + category).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The built-in rights and the rights extension services registered ({namespace}:name), which live in the
     * store: what a role may be given and holds is looked up here.
     */
    public static Lookup with(Collection<Entry> serviceRights) {
        List<Entry> entries = new ArrayList<>(BUILT_IN.all());
        entries.addAll(serviceRights);
        return new Lookup(entries);
    }

    /** Every built-in right, in category and name order. */
    public static Collection<Entry> all() {
        return BUILT_IN.all();
    }

    public static Optional<Entry> byId(UUID id) {
        return BUILT_IN.byId(id);
    }

    public static Optional<Entry> byName(String name) {
        return BUILT_IN.byName(name);
    }

    /** The built-in right a client's reference names: by its id (a URN or href holds it), else by its name. */
    public static Optional<Entry> byReference(String idOrHref, String name) {
        return BUILT_IN.byReference(idOrHref, name);
    }

    /** The built-in entries of these stored names, in catalog order; other names are left out. */
    public static List<Entry> of(Collection<String> names) {
        return BUILT_IN.of(names);
    }

    /** The built-in categories, in name order, each with its rights. */
    public static Map<String, List<Entry>> byCategory() {
        return BUILT_IN.byCategory();
    }

    /** A set of rights to look names, ids and references up in. */
    public static final class Lookup {
        private final Map<String, Entry> byName = new LinkedHashMap<>();
        private final Map<UUID, Entry> byId = new LinkedHashMap<>();

        private Lookup(Collection<Entry> entries) {
            for (Entry e : entries) {
                byName.put(e.name(), e);
                byId.put(e.id(), e);
            }
        }

        public Collection<Entry> all() {
            return Collections.unmodifiableCollection(byName.values());
        }

        public Optional<Entry> byId(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        public Optional<Entry> byName(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        /** The right a client's reference names: by its id (a URN or href holds it), else by its name. */
        public Optional<Entry> byReference(String idOrHref, String name) {
            UUID id = idOrHref == null ? null : Ids.fromAny(idOrHref);
            return id != null ? byId(id) : name == null ? Optional.empty() : byName(name);
        }

        /** The entries of these stored names, in catalog order; names not known here are left out. */
        public List<Entry> of(Collection<String> names) {
            return names.stream().map(byName::get).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(Entry::category).thenComparing(Entry::name)).toList();
        }

        /** The categories, in name order, each with its rights. */
        public Map<String, List<Entry>> byCategory() {
            Map<String, List<Entry>> categories = new TreeMap<>();
            for (Entry e : byName.values()) {
                categories.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e);
            }
            return categories;
        }
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = RightsCatalog.class.getResourceAsStream("/rights.tsv")) {
            if (in == null) {
                throw new IllegalStateException("rights.tsv is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                String name = line.substring(tab + 1).trim();
                entries.put(name, new Entry(name, line.substring(0, tab).trim(), idOf(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
