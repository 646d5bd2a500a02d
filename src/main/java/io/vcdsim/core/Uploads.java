package io.vcdsim.core;

import io.vcdsim.core.Principal;

import java.io.InputStream;

/**
 * The transfer URLs clients PUT file bytes to (media, OVF descriptors and disks), in chunks named
 * by Content-Range, and GET them back from. Bodies stream to and from disk instead of being held in
 * memory like API bodies.
 */
public interface Uploads {
    /** A file to send as it is. */
    record Download(java.nio.file.Path file, long size, String contentType) {
    }

    /** True for the paths this takes. */
    boolean owns(String path);

    /** Stores one PUT's bytes as they stream in; the client gets a bare 200 for a chunk taken. */
    void receive(String path, String contentType, String contentRange, long contentLength, InputStream body,
                  Principal who);

    /** A GET of a transfer URL: the whole file, once every byte of it has arrived. */
    Download download(String path, Principal who);

    /** The transfers of {@code first} and else of {@code second}: each takes the paths it owns. */
    static Uploads either(Uploads first, Uploads second) {
        return new Uploads() {
            @Override
            public boolean owns(String path) {
                return first.owns(path) || second.owns(path);
            }

            @Override
            public void receive(String path, String contentType, String contentRange, long contentLength,
                                InputStream body, Principal who) {
                (first.owns(path) ? first : second).receive(path, contentType, contentRange, contentLength, body, who);
            }

            @Override
            public Download download(String path, Principal who) {
                return (first.owns(path) ? first : second).download(path, who);
            }
        };
    }
}
