package io.vcdsim.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.JsonErrors;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.simulation.Simulation;
import io.vcdsim.simulation.SimulationSettings;
import io.vcdsim.simulation.World;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What vcdsim offers testers beyond vCD, under {@code /api/vcdsim} (system administrators, JSON):
 * operation durations and failure injection, a reset to the seeded model, and the whole state saved
 * and loaded.
 */
public final class SimulationResource implements Routes {
    private static final String BASE = "/api/vcdsim";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Simulation simulation;
    private final World world;

    public SimulationResource(Simulation simulation, World world) {
        this.simulation = simulation;
        this.world = world;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "/simulation", x -> Reply.json(200, admin(x).settings()));
        r.put(BASE + "/simulation", x -> Reply.json(200, admin(x).update(SimulationSettings.parse(x.body()))));
        r.post(BASE + "/reset", x -> {
            admin(x);
            world.reset();
            return Reply.noContent();
        });
        r.get(BASE + "/state", x -> {
            admin(x);
            return Reply.json(200, world.save());
        });
        r.put(BASE + "/state", x -> {
            admin(x);
            world.load(state(x.body()));
            return Reply.noContent();
        });
    }

    private Simulation admin(Exchange x) {
        x.principal().requireSystemAdmin();
        return simulation;
    }

    private static Map<String, List<Map<String, Object>>> state(byte[] body) {
        try {
            return JSON.readValue(body, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw ApiException.badRequest("The state is not valid JSON (an object of tables, each a list of rows): "
                    + JsonErrors.describe(e) + ".");
        }
    }
}
