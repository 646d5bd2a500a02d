package io.vcdsim.config;

import io.vcdsim.model.GeneralSettings;
import io.vcdsim.model.Resource;
import io.vcdsim.model.SettingsFields;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system settings parts of {@link SettingsParts}: read with their secrets taken out, and changed by
 * merging a PUT over what is stored, checking the result, and only then storing it. A change of several
 * parts checks every one of them before it stores any.
 */
public final class SystemSettingsService {
    /** A part and what a PUT sent for it. */
    public record Change<T extends Resource>(SettingsPart<T> part, Object in) {
    }

    private static final Duration DEFAULT_ABSOLUTE_TIMEOUT =
            Duration.ofMinutes(SettingsParts.GENERAL.defaults().get().absoluteSessionTimeoutMinutes);
    private final Database db;
    private final Duration configuredIdleTimeout;
    /** The session timeouts an administrator set, read on every new session check: kept for a second. */
    private final CachedSettings<Optional<Timeouts>> timeouts;
    private final Clock clock;
    /** The installation row settings changes lock, so that they take turns. */
    private static final String CHANGES_LOCK = "settings.changes";

    private record Timeouts(Duration idle, Duration absolute) {
    }

    public SystemSettingsService(Database db, Clock clock, Duration configuredIdleTimeout) {
        this.db = db;
        this.clock = clock;
        this.configuredIdleTimeout = configuredIdleTimeout;
        this.timeouts = new CachedSettings<>(db, clock, Duration.ofSeconds(1), SystemSettingsService::setTimeouts,
                (value, tx) -> { });
    }

    /** The part as a GET shows it: stored or a fresh install's values, secrets out. */
    public <T extends Resource> T get(SettingsPart<T> part) {
        T value = db.read(tx -> load(tx, part));
        SettingsFields.hideSecrets(value);
        return value;
    }

    /**
     * Changes parts in one transaction: each merged over what is stored and checked, all of them before
     * any is stored, so a refused part (400) changes none.
     */
    public void change(List<Change<?>> changes) {
        change(changes, tx -> { });
    }

    /** {@link #change(List)}, storing {@code alongside} (settings kept elsewhere) in the same transaction. */
    public void change(List<Change<?>> changes, java.util.function.Consumer<Tx> alongside) {
        db.run(tx -> {
            // one change at a time, across cells: two PUTs merged over the same stored part would each lose the other's
            tx.settings().installation(CHANGES_LOCK, "", clock.instant());
            List<Runnable> saves = new ArrayList<>();
            for (Change<?> c : changes) {
                saves.add(checked(tx, c));
            }
            saves.forEach(Runnable::run);
            alongside.accept(tx);
        });
        timeouts.invalidate();
    }

    /** One part changed, and shown as a GET would show it. */
    public <T extends Resource> T put(SettingsPart<T> part, Object in) {
        change(List.of(new Change<>(part, in)));
        return get(part);
    }

    /** How long a session may sit idle: the general settings' SessionTimeoutMinutes once set, else the command line's. */
    public Duration sessionIdleTimeout() {
        return timeouts.get().map(Timeouts::idle).orElse(configuredIdleTimeout);
    }

    /** How long a session may last at all: the general settings' AbsoluteSessionTimeoutMinutes (a day, at first). */
    public Duration sessionAbsoluteTimeout() {
        return timeouts.get().map(Timeouts::absolute).orElse(DEFAULT_ABSOLUTE_TIMEOUT);
    }

    /** After a reset or a load: the session timeout is read again. */
    public void forget() {
        timeouts.invalidate();
    }

    /**
     * What a PUT of the part would store, merged over what is stored and checked (400 when refused), without
     * storing it: for a change a task makes later, with {@link #store}.
     */
    public <T extends Resource> T checked(SettingsPart<T> part, Object in) {
        return db.read(tx -> merged(tx, new Change<>(part, in)));
    }

    /** Stores a value {@link #checked} gave, in the caller's transaction (a task's work), taking its turn. */
    public <T extends Resource> void store(Tx tx, SettingsPart<T> part, T value) {
        tx.settings().installation(CHANGES_LOCK, "", clock.instant());
        part.storage().save(tx, part, value);
        tx.handle().afterCommit(timeouts::invalidate);
    }

    /** The change merged and checked; running the result stores it. */
    private <T extends Resource> Runnable checked(Tx tx, Change<T> c) {
        T value = merged(tx, c);
        return () -> c.part().storage().save(tx, c.part(), value);
    }

    private <T extends Resource> T merged(Tx tx, Change<T> c) {
        SettingsPart<T> part = c.part();
        T value = part.replaces() ? part.defaults().get() : load(tx, part);
        SettingsFields.merge(value, c.in());
        SettingsFields.check(value, "");
        return value;
    }

    private <T extends Resource> T load(Tx tx, SettingsPart<T> part) {
        T value = part.storage().load(tx, part);
        if (value instanceof GeneralSettings g && !SettingsDocuments.stored(tx, part)) {
            // within what a PUT may set, so that a GET's document can be PUT back whatever the command line said
            g.sessionTimeoutMinutes = (int) Math.min(GeneralSettings.MAX_SESSION_TIMEOUT_MINUTES,
                    Math.max(1, (configuredIdleTimeout.toSeconds() + 59) / 60));
        }
        return value;
    }

    private static Optional<Timeouts> setTimeouts(Tx tx) {
        if (!SettingsDocuments.stored(tx, SettingsParts.GENERAL)) {
            return Optional.empty();
        }
        GeneralSettings g = SettingsParts.GENERAL.storage().load(tx, SettingsParts.GENERAL);
        return Optional.of(new Timeouts(Duration.ofMinutes(g.sessionTimeoutMinutes),
                Duration.ofMinutes(g.absoluteSessionTimeoutMinutes)));
    }
}
