package io.vcdsim.config;

import io.vcdsim.model.Resource;
import io.vcdsim.model.StoredXml;
import io.vcdsim.store.Tx;

/**
 * A settings part kept as its own XML document, one system setting named {@code settings.<path>}: it goes
 * with saved states and is wiped by a reset like every other system setting. Secrets are kept in it (they
 * are hidden when shown, not when stored).
 */
final class SettingsDocuments {
    /** Made on first use: the parts' table names this class's storage while it is being built. */
    private static final class Context {
        static final StoredXml INSTANCE = new StoredXml(SettingsParts.ALL.stream().map(SettingsPart::type)
                .toArray(Class[]::new));
    }

    private SettingsDocuments() {
    }

    static <T extends Resource> SettingsPart.Storage<T> storage() {
        return new SettingsPart.Storage<>() {
            @Override
            public T load(Tx tx, SettingsPart<T> part) {
                return tx.settings().get(key(part)).map(xml -> read(part, xml)).orElseGet(part.defaults());
            }

            @Override
            public void save(Tx tx, SettingsPart<T> part, T value) {
                tx.settings().put(key(part), write(value));
            }
        };
    }

    /** Whether the part was ever stored (a fresh install's part follows the defaults, which may follow the command line). */
    static boolean stored(Tx tx, SettingsPart<?> part) {
        return tx.settings().get(key(part)).isPresent();
    }

    private static String key(SettingsPart<?> part) {
        return "settings." + part.path();
    }

    private static <T extends Resource> T read(SettingsPart<T> part, String xml) {
        // written by this class, so unreadable only if the type changed since: a fresh install's values
        return Context.INSTANCE.read(part.type(), xml).orElseGet(part.defaults());
    }

    private static String write(Object value) {
        return Context.INSTANCE.write(value);
    }
}
