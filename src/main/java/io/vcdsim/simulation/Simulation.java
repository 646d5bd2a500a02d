package io.vcdsim.simulation;

import io.vcdsim.compute.GuestQuestions;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskFailures;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The simulated part of every operation: how long it takes and whether it fails. Durations come from
 * the runtime settings, else from the start flags; failures are counted down in the store, so a
 * "fail twice" fails exactly twice however many cells finish tasks.
 */
public final class Simulation implements TaskFailures, GuestQuestions {
    private final Database db;
    private final TaskDurations startDurations;
    private final CachedSettings<SimulationSettings> settings;

    public Simulation(Database db, Clock clock, TaskDurations startDurations) {
        this.db = db;
        this.startDurations = startDurations;
        this.settings = new CachedSettings<>(db, clock, Duration.ofSeconds(1), SimulationSettings::load,
                SimulationSettings::save);
    }

    public SimulationSettings settings() {
        return settings.get();
    }

    public SimulationSettings update(SimulationSettings s) {
        return settings.set(s.validated());
    }

    /** Reads the settings again on next use (the store was replaced). */
    public void forget() {
        settings.invalidate();
    }

    public Duration duration(String operationName) {
        String runtime = settings.get().durations().get(operationName);
        return runtime != null ? Duration.parse(runtime) : startDurations.apply(operationName);
    }

    @Override
    public Optional<TaskRow.Failure> take(Tx tx, TaskRow task) {
        String op = task.operationName();
        if (settings.get().failures().stream().noneMatch(f -> f.operationName().equals(op) && !f.spent())) {
            return Optional.empty(); // the common case, without touching the store
        }
        tx.settings().lock(SimulationSettings.NAME); // one cell at a time counts a failure down
        SimulationSettings now = SimulationSettings.load(tx);
        List<SimulationSettings.Failure> failures = new ArrayList<>(now.failures());
        for (int i = 0; i < failures.size(); i++) {
            SimulationSettings.Failure f = failures.get(i);
            if (!f.operationName().equals(op) || f.spent()) {
                continue;
            }
            double p = f.probability() == null ? 1 : f.probability();
            if (ThreadLocalRandom.current().nextDouble() >= p) {
                continue; // did not fire this time; a later one may
            }
            failures.set(i, f.fired());
            SimulationSettings next = new SimulationSettings(now.durations(), failures, now.questions());
            next.save(tx);
            tx.handle().afterCommit(() -> settings.invalidate());
            return Optional.of(f.error());
        }
        return Optional.empty();
    }

    /** The first question armed for this VM, counted down (across cells, as failures are). */
    @Override
    public Optional<GuestQuestions.Question> ask(Tx tx, VmRow vm) {
        if (settings.get().questions().stream().noneMatch(q -> q.asks(vm.name()))) {
            return Optional.empty();
        }
        tx.settings().lock(SimulationSettings.NAME);
        SimulationSettings now = SimulationSettings.load(tx);
        List<SimulationSettings.Question> questions = new ArrayList<>(now.questions());
        for (int i = 0; i < questions.size(); i++) {
            SimulationSettings.Question q = questions.get(i);
            if (q.asks(vm.name())) {
                questions.set(i, q.asked());
                new SimulationSettings(now.durations(), now.failures(), questions).save(tx);
                tx.handle().afterCommit(() -> settings.invalidate());
                return Optional.of(new GuestQuestions.Question(q.question(), q.choices()));
            }
        }
        return Optional.empty();
    }
}
