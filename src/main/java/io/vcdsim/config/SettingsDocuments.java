package io.vcdsim.config;

import io.vcdsim.model.Resource;
import io.vcdsim.store.Tx;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import java.io.StringReader;
import java.io.StringWriter;

/**
 * A settings part kept as its own XML document, one system setting named {@code settings.<path>}: it goes
 * with saved states and is wiped by a reset like every other system setting. Secrets are kept in it (they
 * are hidden when shown, not when stored).
 */
final class SettingsDocuments {
    /** Made on first use: the parts' table names this class's storage while it is being built. */
    private static final class Context {
        static final JAXBContext INSTANCE = context();
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
        try {
            return part.type().cast(Context.INSTANCE.createUnmarshaller().unmarshal(new StringReader(xml)));
        } catch (JAXBException | ClassCastException e) {
            // written by this class, so unreadable only if the type changed since: a fresh install's values
            return part.defaults().get();
        }
    }

    private static String write(Object value) {
        try {
            StringWriter out = new StringWriter();
            Context.INSTANCE.createMarshaller().marshal(value, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(SettingsParts.ALL.stream().map(SettingsPart::type).toArray(Class[]::new));
        } catch (JAXBException e) {
            throw new IllegalStateException("the settings parts are not JAXB types", e);
        }
    }
}
