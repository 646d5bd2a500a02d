package io.vcdsim.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.JsonErrors;
import io.vcdsim.core.Lengths;
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
 * @param questions questions VMs ask as they power on, checked in order; the first that matches is asked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationSettings(Map<String, String> durations, List<Failure> failures, List<Question> questions) {
    static final String NAME = "simulation";
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    public static final SimulationSettings NONE = new SimulationSettings(Map.of(), List.of(), List.of());

    /** Durations and failures, no questions. */
    public SimulationSettings(Map<String, String> durations, List<Failure> failures) {
        this(durations, failures, List.of());
    }
    /** The most answers a question offers, and characters of its text or of an answer. */
    static final int MAX_CHOICES = 16;
    static final int MAX_TEXT = 1024;

    /**
     * A question the VM named {@code vmName} ({@code *}: any) asks as it powers on, offering these answers, at most
     * {@code count} more times (absent: every time).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String vmName, String question, List<String> choices, Integer count) {
        boolean asks(String name) {
            return (count == null || count > 0) && ("*".equals(vmName) || vmName.equals(name));
        }

        Question asked() {
            return new Question(vmName, question, choices, count == null ? null : count - 1);
        }
    }

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
        List<Question> q = questions == null ? List.of() : questions;
        for (Question x : q) {
            if (x.vmName() == null || x.vmName().isBlank() || x.question() == null || x.question().isBlank()) {
                throw ApiException.badRequest("Each question needs a vmName (or *) and its question.");
            }
            Lengths.atMost(x.question(), MAX_TEXT, "A question");
            if (x.choices() == null || x.choices().isEmpty() || x.choices().size() > MAX_CHOICES
                    || x.choices().stream().anyMatch(c -> c == null || c.isBlank() || c.length() > MAX_TEXT)) {
                throw ApiException.badRequest("A question offers 1 to " + MAX_CHOICES + " answers, each a text of up "
                        + "to " + MAX_TEXT + " characters.");
            }
            if (x.count() != null && x.count() < 0) {
                throw ApiException.badRequest("A question's count is not negative.");
            }
        }
        return new SimulationSettings(d, List.copyOf(f), List.copyOf(q));
    }

    public static SimulationSettings parse(byte[] json) {
        try {
            return JSON.readValue(json, SimulationSettings.class).validated();
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("The simulation settings are not valid JSON: " + JsonErrors.describe(e) + ".");
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
