package io.vcdsim.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * System settings as one value, read from the store and trusted for a short while, so hot paths do
 * not read them on every call. A change made on this cell applies here at once; other cells see it
 * within the time to live.
 */
public final class CachedSettings<T> {
    private record Read<T>(T value, Instant at) {
    }

    private final Database db;
    private final Clock clock;
    private final Duration ttl;
    private final Function<Tx, T> load;
    private final BiConsumer<T, Tx> save;
    private volatile Read<T> read;

    public CachedSettings(Database db, Clock clock, Duration ttl, Function<Tx, T> load, BiConsumer<T, Tx> save) {
        this.db = db;
        this.clock = clock;
        this.ttl = ttl;
        this.load = load;
        this.save = save;
    }

    public T get() {
        Read<T> r = read;
        Instant now = clock.instant();
        if (r == null || r.at().plus(ttl).isBefore(now)) {
            r = new Read<>(db.read(load), now);
            read = r;
        }
        return r.value();
    }

    /** Forgets the value read, after a change stored some other way: the next get reads it again. */
    public void invalidate() {
        read = null;
    }

    /** Stores the new value in the caller's transaction; this cell uses it once that commits. */
    public void set(Tx tx, T value) {
        save.accept(value, tx);
        tx.handle().afterCommit(() -> read = new Read<>(value, clock.instant()));
    }

    /** Stores the new value and uses it on this cell from now on. */
    public T set(T value) {
        db.run(tx -> save.accept(value, tx));
        read = new Read<>(value, clock.instant());
        return value;
    }
}
