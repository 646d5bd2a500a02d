package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;

import java.util.regex.Pattern;

/** Name rules shared by orgs and users: they appear in user@org login strings and in URLs. */
final class Names {
    private static final Pattern SAFE = Pattern.compile("[^\\s/\\\\@:]{1,128}");

    private Names() {
    }

    static String check(String kind, String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("The " + kind + " needs a name.");
        }
        if (!SAFE.matcher(name).matches()) {
            throw ApiException.badRequest("Invalid " + kind + " name '" + name + "': use 1 to 128 characters "
                    + "without spaces, '/', '\\', '@' or ':'.");
        }
        return name;
    }
}
