package io.vcdsim.extension;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A UI plugin's zip, read where vCD reads it: its {@code manifest.json} at the top. The zip is read from its
 * central directory, so only the manifest is ever inflated, and that only up to {@link #MAX_MANIFEST} bytes; a
 * zip of more than {@link #MAX_ENTRIES} entries, or one that is no zip, is refused.
 */
final class PluginZip {
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_MANIFEST = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PluginZip() {
    }

    /** What the zip's manifest.json declares (name, vendor, version, license, link, description, scope...). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest(byte[] zip) {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw ApiException.badRequest("The plugin zip has " + entries.size() + " entries; at most "
                        + MAX_ENTRIES + " are taken.");
            }
            ZipArchiveEntry manifest = entries.stream().filter(e -> e.getName().equals("manifest.json")).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("The plugin zip has no manifest.json at its top."));
            byte[] text;
            try (InputStream in = file.getInputStream(manifest)) {
                text = in.readNBytes(MAX_MANIFEST + 1);
            }
            if (text.length > MAX_MANIFEST) {
                throw ApiException.badRequest("The plugin's manifest.json is over " + MAX_MANIFEST + " bytes.");
            }
            Object parsed = JSON.readValue(text, Object.class);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw ApiException.badRequest("The plugin's manifest.json is not a JSON object.");
            }
            return (Map<String, Object>) map;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("The plugin file is not a zip with a readable manifest.json: "
                    + e.getMessage());
        }
    }

    /** A text field of the manifest; 400 when it is required and missing, or not text. */
    static String text(Map<String, Object> manifest, String field, boolean required) {
        Object v = manifest.get(field);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof String s) || (required && s.isBlank())) {
            throw ApiException.badRequest("The plugin's manifest.json needs a text " + field + ".");
        }
        return s;
    }
}
