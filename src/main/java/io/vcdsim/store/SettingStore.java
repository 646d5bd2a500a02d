package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Map;
import java.util.Optional;

/** System settings by name, as text. */
public final class SettingStore {
    private final Handle h;

    SettingStore(Handle h) {
        this.h = h;
    }

    public Optional<String> get(String name) {
        return h.createQuery("SELECT text FROM system_setting WHERE name = :n").bind("n", name).mapTo(String.class)
                .findOne();
    }

    /** Reads a setting and locks its row until the transaction ends (it must exist). */
    public Optional<String> lock(String name) {
        return h.createQuery("SELECT text FROM system_setting WHERE name = :n FOR UPDATE").bind("n", name)
                .mapTo(String.class).findOne();
    }

    public void put(String name, String value) {
        if (Rows.execute(h, "UPDATE system_setting SET text = ? WHERE name = ?", value, name) == 0) {
            Rows.execute(h, "INSERT INTO system_setting (name, text) VALUES (?, ?)", name, value);
        }
    }

    public void putAll(Map<String, String> values) {
        values.forEach(this::put);
    }

    /**
     * A value every cell of the installation shares, set to {@code candidate} if it has none yet: of
     * cells starting at once on one store, the first to insert wins and each of them reads that back.
     * The row stays locked until the transaction ends, so those cells take turns with the value.
     */
    public String installation(String name, String candidate, java.time.Instant now) {
        Rows.execute(h, "INSERT INTO installation (name, text, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                name, candidate, now);
        return h.createQuery("SELECT text FROM installation WHERE name = :n FOR UPDATE").bind("n", name)
                .mapTo(String.class).one();
    }

    /** {@link #installation(String, String, java.time.Instant)}, making the candidate only when there is none yet. */
    public String installation(String name, java.util.function.Supplier<String> candidate, java.time.Instant now) {
        return h.createQuery("SELECT text FROM installation WHERE name = :n").bind("n", name).mapTo(String.class)
                .findOne().orElseGet(() -> installation(name, candidate.get(), now));
    }

    /** The installation value holding an org's multisite public key; it goes when the org goes. */
    public static String orgPublicKey(java.util.UUID orgId) {
        return "multisite.orgPublicKey." + orgId;
    }

    public void replaceInstallation(String name, String value) {
        Rows.execute(h, "UPDATE installation SET text = ? WHERE name = ?", value, name);
    }
}
