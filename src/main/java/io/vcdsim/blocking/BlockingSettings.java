package io.vcdsim.blocking;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.Tx;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which operations block, and what a new blocking task gets: its timeout and the action taken then.
 * Stored as system settings; a blocking task copies them when it is created, so a later change does
 * not move tasks already waiting.
 */
public record BlockingSettings(String timeoutAction, long timeoutMillis, List<String> operations) {
    public static final Set<String> ACTIONS = Set.of("resume", "abort", "fail");
    /** The longest a blocking task may wait: any longer, and its timeout date would leave the calendar. */
    public static final long MAX_TIMEOUT_MILLIS = java.time.Duration.ofDays(3650).toMillis();
    /** The guide's example waits five days; nothing blocks until an administrator says so. */
    public static final BlockingSettings DEFAULT = new BlockingSettings("abort", 5L * 24 * 3600 * 1000, List.of());

    public BlockingSettings {
        if (timeoutAction == null || !ACTIONS.contains(timeoutAction)) {
            throw ApiException.badRequest("TimeoutAction must be one of resume, abort, fail; not '" + timeoutAction
                    + "'.");
        }
        checkTimeout(timeoutMillis, "TimeoutInMilliseconds");
        for (String op : operations) {
            if (op == null || op.isBlank() || op.length() > 128 || !op.chars().allMatch(Character::isLetterOrDigit)) {
                throw ApiException.badRequest("'" + op + "' is not an operation name (letters and digits, as in "
                        + "vdcInstantiateVapp).");
            }
        }
        operations = List.copyOf(operations.stream().distinct().toList());
    }

    public static BlockingSettings load(Tx tx) {
        var s = tx.settings();
        return new BlockingSettings(s.get("blocking.timeoutAction").orElse(DEFAULT.timeoutAction),
                s.get("blocking.timeoutMillis").map(Long::parseLong).orElse(DEFAULT.timeoutMillis),
                s.get("blocking.operations").map(v -> v.isEmpty() ? List.<String>of() : Arrays.asList(v.split(",")))
                        .orElse(DEFAULT.operations));
    }

    public void save(Tx tx) {
        var s = tx.settings();
        s.put("blocking.timeoutAction", timeoutAction);
        s.put("blocking.timeoutMillis", Long.toString(timeoutMillis));
        s.put("blocking.operations", String.join(",", operations));
    }

    /** A timeout must fit the calendar: 0 to ten years. */
    static void checkTimeout(long millis, String field) {
        if (millis < 0 || millis > MAX_TIMEOUT_MILLIS) {
            throw ApiException.badRequest(field + " is 0 to " + MAX_TIMEOUT_MILLIS + " (ten years).");
        }
    }
}
