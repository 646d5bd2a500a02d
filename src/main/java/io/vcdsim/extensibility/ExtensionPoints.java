package io.vcdsim.extensibility;

import io.vcdsim.core.ApiException;

import java.util.Locale;
import java.util.Set;

/**
 * The phases (extension points) of vCD's workflows a selector extension may name, as vCD's object extensibility
 * documentation lists them, and how vCD waits at one. vcdsim invokes extensions at the VM placement phase
 * ({@link #CALCULATE_SOLUTION}); the others may be registered and are never reached.
 */
public final class ExtensionPoints {
    /** A VM's placement: the extension is shown a proposal (the hubs it may sit on) and answers where it goes. */
    public static final String CALCULATE_SOLUTION = "urn:extensionPoint:vm:calculateSolution";
    public static final Set<String> KNOWN = Set.of(CALCULATE_SOLUTION,
            "urn:extensionPoint:vm:gatherRequirements", "urn:extensionPoint:vm:create",
            "urn:extensionPoint:vm:customize:create", "urn:extensionPoint:vm:customize:reconfigure",
            "urn:extensionPoint:vm:customize:relocate", "urn:extensionPoint:vm:customize:clone");
    /** vCD waits for a blocking extension's answer; an async one is told and not waited for. */
    public static final String BLOCKING = "blocking";
    public static final String ASYNC = "async";
    public static final Set<String> TYPES = Set.of(BLOCKING, ASYNC, "needsApproval");

    private ExtensionPoints() {
    }

    /** A phase name a selector extension may use, or 400. */
    static String phase(String name) {
        if (name == null || !KNOWN.contains(name)) {
            throw ApiException.badRequest("Phase name " + name + " is not an extension point; the extension points "
                    + "are " + String.join(", ", new java.util.TreeSet<>(KNOWN)) + ".");
        }
        return name;
    }

    /** A phase type in the case the schema spells it (clients send BLOCKING too), or 400. */
    static String type(String type) {
        String wanted = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return TYPES.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Phase type " + type + " is none of blocking, async, "
                        + "needsApproval."));
    }
}
