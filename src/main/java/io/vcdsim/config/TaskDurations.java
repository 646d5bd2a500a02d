package io.vcdsim.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How long each simulated operation takes, by operationName, with a default for the rest. Long
 * enough by default that clients see a task running before it succeeds.
 */
public record TaskDurations(Duration byDefault, Map<String, Duration> byOperation)
        implements Function<String, Duration> {

    /** Parses a default ("PT0.3S") and overrides ("vdcInstantiateVapp=PT2S,orgDelete=PT0S"). */
    public static TaskDurations parse(String byDefault, String overrides) {
        Map<String, Duration> map = new TreeMap<>();
        if (overrides != null && !overrides.isBlank()) {
            for (String pair : overrides.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new IllegalArgumentException("expected operationName=ISO-8601 duration, got '" + pair + "'");
                }
                map.put(kv[0].trim(), duration(kv[1].trim()));
            }
        }
        return new TaskDurations(duration(byDefault), Map.copyOf(map));
    }

    private static Duration duration(String s) {
        try {
            Duration d = Duration.parse(s);
            if (d.isNegative()) {
                throw new IllegalArgumentException("a duration cannot be negative: " + s);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration (e.g. PT0.3S): " + s);
        }
    }

    @Override
    public Duration apply(String operationName) {
        return byOperation.getOrDefault(operationName, byDefault);
    }
}
