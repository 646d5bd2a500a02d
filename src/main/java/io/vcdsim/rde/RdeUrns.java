package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The URNs of runtime defined entities as vCD spells them: interfaces and types by vendor:nss:version
 * ({@code urn:vcloud:interface:vmware:k8s:1.0.0}, {@code urn:vcloud:type:vmware:k8s:1.0.0}), entities by their type's
 * vendor:nss and an id ({@code urn:vcloud:entity:vmware:k8s:<uuid>}), behaviors by name and the vendor:nss:version of
 * the interface ({@code urn:vcloud:behavior-interface:name:v:n:1.0.0}) or of the type overriding them
 * ({@code urn:vcloud:behavior-type:...}).
 */
public final class RdeUrns {
    public static final String INTERFACE = "urn:vcloud:interface:";
    public static final String TYPE = "urn:vcloud:type:";
    public static final String ENTITY = "urn:vcloud:entity:";
    public static final String BEHAVIOR_INTERFACE = "urn:vcloud:behavior-interface:";
    public static final String BEHAVIOR_TYPE = "urn:vcloud:behavior-type:";
    /** A vendor or nss: letters, digits, '_' and '-' (they are parts of URNs and of right names). */
    static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A version: semantic versioning's major.minor.patch with an optional pre-release. */
    static final Pattern VERSION = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(-[0-9A-Za-z.-]{1,40})?");

    private RdeUrns() {
    }

    /** vendor:nss:version, the name of an interface or a type. */
    public record Vnv(String vendor, String nss, String version) {
        @Override
        public String toString() {
            return vendor + ":" + nss + ":" + version;
        }

        /** The name as sent, checked: a 400 names what is wrong. */
        static Vnv checked(Object vendor, Object nss, Object version, String what) {
            if (!(vendor instanceof String v) || !WORD.matcher(v).matches()) {
                throw ApiException.badRequest("A " + what + "'s vendor is 1 to 64 letters, digits, '_' or '-'.");
            }
            if (!(nss instanceof String n) || !WORD.matcher(n).matches()) {
                throw ApiException.badRequest("A " + what + "'s nss is 1 to 64 letters, digits, '_' or '-'.");
            }
            if (!(version instanceof String ver) || !VERSION.matcher(ver).matches()) {
                throw ApiException.badRequest("A " + what + "'s version follows semantic versioning (e.g. 1.0.0), "
                        + "not '" + version + "'.");
            }
            return new Vnv(v, n, ver);
        }
    }

    public static String of(String prefix, String vendor, String nss, String version) {
        return prefix + vendor + ":" + nss + ":" + version;
    }

    public static String entity(String vendor, String nss, UUID id) {
        return ENTITY + vendor + ":" + nss + ":" + id;
    }

    /** The vendor:nss:version a URN of this prefix names, or null when it is not one. */
    public static Vnv parse(String urn, String prefix) {
        if (urn == null || !urn.startsWith(prefix)) {
            return null;
        }
        String[] parts = urn.substring(prefix.length()).split(":", -1);
        if (parts.length != 3 || !WORD.matcher(parts[0]).matches() || !WORD.matcher(parts[1]).matches()
                || !VERSION.matcher(parts[2]).matches()) {
            return null;
        }
        return new Vnv(parts[0], parts[1], parts[2]);
    }

    /** The id at the end of an entity URN (or a bare id), or null. */
    public static UUID entityId(String urn) {
        if (urn == null) {
            return null;
        }
        if (!urn.startsWith("urn:")) {
            return Ids.fromAny(urn);
        }
        String[] parts = urn.split(":", -1);
        return urn.startsWith(ENTITY) && parts.length == 6 ? Ids.fromAny(parts[5]) : null;
    }

    /** A behavior id: its name and the vendor:nss:version after it, or null. */
    public record BehaviorId(String name, Vnv owner) {
    }

    public static BehaviorId behavior(String id, String prefix) {
        if (id == null || !id.startsWith(prefix)) {
            return null;
        }
        String rest = id.substring(prefix.length());
        int colon = rest.indexOf(':');
        Vnv owner = colon < 0 ? null : parse(prefix + rest.substring(colon + 1), prefix);
        return owner == null ? null : new BehaviorId(rest.substring(0, colon), owner);
    }
}
