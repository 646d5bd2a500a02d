package io.vcdsim.config;

import io.vcdsim.model.Resource;
import io.vcdsim.store.Tx;

import java.util.function.Supplier;

/**
 * One part of the system settings: where it lives under {@code /api/admin/extension/settings}, its
 * representation and media type, what a fresh install shows, and how it is kept.
 *
 * @param path       the URL segment after {@code settings/}
 * @param type       the part's representation
 * @param input      what a PUT on the part's own URL sends (the representation itself, but for the lookup service)
 * @param mediaType  the part's media type, without its format suffix
 * @param inputMedia the media type of {@code input}
 * @param defaults   a fresh install's values (a new object each time: it gets merged into)
 * @param replaces   a PUT replaces the whole part (an absent field is cleared) instead of merging into it
 * @param storage    how it is kept: as its own document among the system settings, unless it maps onto other rows
 */
public record SettingsPart<T extends Resource>(String path, Class<T> type, Class<? extends T> input,
                                               String mediaType, String inputMedia, Supplier<T> defaults,
                                               boolean replaces, Storage<T> storage) {

    /** Reads and writes a part's values in the caller's transaction. */
    public interface Storage<T extends Resource> {
        T load(Tx tx, SettingsPart<T> part);

        void save(Tx tx, SettingsPart<T> part, T value);
    }

    static <T extends Resource> SettingsPart<T> of(String path, Class<T> type, String mediaType, Supplier<T> defaults) {
        return new SettingsPart<>(path, type, type, mediaType, mediaType, defaults, false, SettingsDocuments.storage());
    }

    SettingsPart<T> takingOnPut(Class<? extends T> in, String media) {
        return new SettingsPart<>(path, type, in, mediaType, media, defaults, true, storage);
    }

    SettingsPart<T> storedBy(Storage<T> other) {
        return new SettingsPart<>(path, type, input, mediaType, inputMedia, defaults, replaces, other);
    }

    /** The root element a PUT's body must carry. */
    public String inputRoot() {
        return input.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class).name();
    }
}
