package io.vcdsim.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What testers change at runtime (beyond what vCD offers): how long each operation takes, and which
 * operations fail, how, how often and how many times. Shared by every cell as one system setting.
 *
 * @param durations ISO-8601 durations by operationName ("PT2S"); operations not named keep the start value
 * @param failures  failures to inject, checked in order; the first that matches and fires wins
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationSettings(Map<String, String> durations, List<Failure> failures) {
    static final String NAME = "simulation";
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    public static final SimulationSettings NONE = new SimulationSettings(Map.of(), List.of());

    /**
     * Fail tasks of {@code operationName} with this error, with {@code probability} (0 to 1, default 1),
     * at most {@code count} more times (absent: every time).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String operationName, Integer majorErrorCode, String minorErrorCode, String message,
                          Double probability, Integer count) {
        Failure fired() {
            return new Failure(operationName, majorErrorCode, minorErrorCode, message, probability,
                    count == null ? null : count - 1);
        }

        boolean spent() {
            return count != null && count <= 0;
        }

        TaskRow.Failure error() {
            return new TaskRow.Failure(majorErrorCode == null ? 500 : majorErrorCode,
                    minorErrorCode == null ? "INTERNAL_SERVER_ERROR" : minorErrorCode,
                    message == null ? "Simulated failure of " + operationName + "." : message);
        }
    }

    /** Checks everything a tester could get wrong, so a bad document is a 400 and changes nothing. */
    public SimulationSettings validated() {
        Map<String, String> d = durations == null ? Map.of() : new LinkedHashMap<>(durations);
        d.forEach((op, text) -> {
            try {
                if (Duration.parse(text).isNegative()) {
                    throw ApiException.badRequest("The duration of " + op + " is negative.");
                }
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("The duration of " + op + " is not an ISO-8601 duration such as PT2S: "
                        + text + ".");
            }
        });
        List<Failure> f = failures == null ? List.of() : failures;
        for (Failure x : f) {
            if (x.operationName() == null || x.operationName().isBlank()) {
                throw ApiException.badRequest("Each failure needs an operationName.");
            }
            if (x.probability() != null && (x.probability() < 0 || x.probability() > 1)) {
                throw ApiException.badRequest("A failure's probability is between 0 and 1.");
            }
            if (x.majorErrorCode() != null && (x.majorErrorCode() < 400 || x.majorErrorCode() > 599)) {
                throw ApiException.badRequest("A failure's majorErrorCode is an HTTP error status (400-599).");
            }
            if (x.count() != null && x.count() < 0) {
                throw ApiException.badRequest("A failure's count is not negative.");
            }
        }
        return new SimulationSettings(d, List.copyOf(f));
    }

    public static SimulationSettings parse(byte[] json) {
        try {
            return JSON.readValue(json, SimulationSettings.class).validated();
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("The simulation settings are not valid JSON: " + e.getMessage());
        }
    }

    static SimulationSettings load(Tx tx) {
        return tx.settings().get(NAME).map(s -> parse(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .orElse(NONE);
    }

    void save(Tx tx) {
        try {
            tx.settings().put(NAME, JSON.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
