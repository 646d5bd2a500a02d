package io.vcdsim.core;

import java.util.List;

/** An API version such as 33.0 (or 5.5), compared numerically. */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /**
     * Every version /api/versions lists, oldest first. 5.5 is what libcloud's driver speaks; the minor versions are
     * those of the vCD 10.2 to 10.5 updates, which clients send as they find them listed (go-vcloud-director asks
     * for 37.1 on every VM read). A minor version is served as its major: representations follow the major.
     */
    public static final List<ApiVersion> SUPPORTED = List.of(
            v(5, 5), v(20, 0), v(27, 0), v(29, 0), v(30, 0), v(31, 0), v(32, 0), v(33, 0), v(34, 0),
            v(35, 0), v(35, 2), v(36, 0), v(36, 1), v(36, 2), v(36, 3),
            v(37, 0), v(37, 1), v(37, 2), v(37, 3), v(38, 0), v(38, 1));
    public static final ApiVersion LATEST = SUPPORTED.get(SUPPORTED.size() - 1);
    /**
     * The product vcdsim answers as: vCD 10.5.1 is the release whose newest API is 38.1. {@code /api/admin} writes it
     * as vCD does, build number and build date, where go-vcloud-director's GetVcdVersion reads it.
     */
    public static final String PRODUCT = "10.5.1.22917013 Wed Nov 22 2023 08:55:29 UTC";
    /** From 32.0 on, a VM carries its VmSpecSection. */
    public static final ApiVersion V32 = v(32, 0);
    /** From 33.0 on, login is through /cloudapi and Org links point at query records. */
    public static final ApiVersion V33 = v(33, 0);
    /** From 35.0 on, query filters escape special characters instead of double-encoding. */
    public static final ApiVersion V35 = v(35, 0);
    /** From 38.0 on, a VM carries its trusted platform module and, tracking a replica, what it tracks. */
    public static final ApiVersion V38 = v(38, 0);

    private static ApiVersion v(int major, int minor) {
        return new ApiVersion(major, minor);
    }

    /** Parses "33.0" or "33"; null when the text is not a version we serve. */
    public static ApiVersion parseSupported(String text) {
        String t = text.trim();
        for (ApiVersion v : SUPPORTED) {
            if (v.toString().equals(t) || (v.minor == 0 && t.equals(Integer.toString(v.major)))) {
                return v;
            }
        }
        return null;
    }

    public boolean atLeast(ApiVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
