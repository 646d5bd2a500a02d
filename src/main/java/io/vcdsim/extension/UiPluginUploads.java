package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Uploads;
import io.vcdsim.store.Database;
import io.vcdsim.store.UiPluginStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upload of a UI plugin's zip: {@code POST .../extensions/ui/{id}/plugin} with the file's name, size and sha256
 * opens a transfer at {@code /transfer/uiPlugin-<upload id>}, and one PUT of the whole zip there (go-vcloud-director
 * sends it so) completes it. The zip must have the announced size and checksum and a manifest.json naming the
 * plugin's vendor, name and version; then the plugin is ready. vcdsim keeps what the zip declares, not its bytes
 * (nothing here serves a plugin's files).
 */
public final class UiPluginUploads implements Uploads {
    public static final String PREFIX = "/transfer/uiPlugin-";
    /** The largest plugin zip taken: it is held in memory while it is checked. */
    public static final long MAX_SIZE = 64L << 20;
    private static final Pattern WHOLE = Pattern.compile("bytes 0-(\\d{1,18})/(\\d{1,18})");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private final Database db;

    public UiPluginUploads(Database db) {
        this.db = db;
    }

    /** What a client announces before it uploads (go-vcloud-director's UploadSpec). */
    public record Spec(String fileName, long size, String checksum, String checksumAlgo) {
    }

    /** Opens the transfer for the plugin's zip, replacing one still open; the path to PUT the zip to. */
    public String start(Principal p, UUID pluginId, Spec spec) {
        if (spec.fileName() == null || spec.fileName().isBlank() || spec.fileName().length() > 256
                || spec.fileName().contains("/")) {
            throw ApiException.badRequest("fileName must be a file name of 1 to 256 characters.");
        }
        if (spec.size() < 1 || spec.size() > MAX_SIZE) {
            throw ApiException.badRequest("size must be from 1 to " + MAX_SIZE + " bytes, not " + spec.size() + ".");
        }
        if (spec.checksumAlgo() != null && !spec.checksumAlgo().equalsIgnoreCase("sha256")) {
            throw ApiException.badRequest("checksumAlgo must be sha256, not '" + spec.checksumAlgo() + "'.");
        }
        if (spec.checksum() != null && !SHA256.matcher(spec.checksum()).matches()) {
            throw ApiException.badRequest("checksum must be a sha256 in hexadecimal.");
        }
        UiPluginStore.Upload upload = new UiPluginStore.Upload(UUID.randomUUID(), spec.fileName(), spec.size(),
                spec.checksum() == null ? null : spec.checksum().toLowerCase(java.util.Locale.ROOT));
        db.run(tx -> UiPlugins.store(tx).save(UiPlugins.locked(tx, p, pluginId).withUpload(upload)));
        return PREFIX + upload.id();
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(PREFIX);
    }

    @Override
    public void receive(String path, String contentType, String contentRange, long contentLength, InputStream body,
                        Principal who) {
        who.requireSystemAdmin();
        UUID uploadId = Ids.fromAny(path.substring(PREFIX.length()));
        UiPluginStore.Row plugin = uploadId == null ? null
                : db.read(tx -> UiPlugins.store(tx).byUpload(uploadId)).orElse(null);
        if (plugin == null) {
            throw ApiException.notFound("No upload is waiting at " + path + ".");
        }
        UiPluginStore.Upload upload = plugin.upload();
        if (contentRange != null) {
            Matcher m = WHOLE.matcher(contentRange.trim());
            if (!m.matches() || Long.parseLong(m.group(1)) != upload.size() - 1
                    || Long.parseLong(m.group(2)) != upload.size()) {
                throw new ApiException(416, "BAD_REQUEST", "A plugin zip is sent whole in one PUT: Content-Range "
                        + "bytes 0-" + (upload.size() - 1) + "/" + upload.size() + ".");
            }
        }
        byte[] zip = read(body, upload.size());
        if (upload.sha256() != null && !upload.sha256().equals(sha256(zip))) {
            throw ApiException.badRequest("The plugin zip's sha256 is not the checksum announced.");
        }
        Map<String, Object> manifest = PluginZip.manifest(zip);
        String vendor = PluginZip.text(manifest, "vendor", true);
        String name = PluginZip.text(manifest, "name", true);
        String version = PluginZip.text(manifest, "version", true);
        if (!vendor.equals(plugin.vendor()) || !name.equals(plugin.pluginName()) || !version.equals(plugin.version())) {
            throw ApiException.badRequest("The zip's manifest.json is plugin " + name + " " + version + " of " + vendor
                    + ", not " + plugin.pluginName() + " " + plugin.version() + " of " + plugin.vendor() + ".");
        }
        db.run(tx -> {
            UiPluginStore.Row now = UiPlugins.store(tx).lock(plugin.id()).filter(r -> upload.equals(r.upload()))
                    .orElseThrow(() -> ApiException.notFound("The upload of UI plugin "
                            + Kind.UI_PLUGIN.urn(plugin.id()) + " is over."));
            UiPlugins.store(tx).save(now.withFile(upload.fileName(), upload.size()));
        });
    }

    /** Exactly {@code size} bytes, the zip's announced size: fewer or more is a 400. */
    private static byte[] read(InputStream body, long size) {
        try {
            byte[] bytes = body.readNBytes((int) size + 1);
            if (bytes.length != size) {
                throw ApiException.badRequest("The plugin zip was announced with " + size + " bytes; "
                        + (bytes.length > size ? "more" : bytes.length) + " arrived.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Download download(String path, Principal who) {
        throw ApiException.notFound("A UI plugin's zip is uploaded here, not downloaded.");
    }
}
