package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.AlbControllerStore;
import io.vcdsim.store.AlbControllerStore.Controller;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T Advanced Load Balancer controllers, as a system administrator registers them with vCD. vCD logs in to the
 * controller at the URL it is given; vcdsim opens no connection and answers for what it simulates: the Avi
 * controllers {@code avi-controller-1} to {@code -3} (bare or in {@code .vcdsim.invalid}) on https, which take any
 * credentials. A URL naming another host is refused as vCD refuses a controller it cannot reach. A controller's name
 * and URL are its own; its password is never kept nor shown. A controller clouds were imported from is not deleted.
 */
public final class AlbControllers {
    /** The version the simulated Avi controllers report (a release vCD 10.5 supports). */
    public static final String VERSION = "22.1.3";
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_URL = 512;
    private static final Set<String> HOSTS = Set.of("avi-controller-1", "avi-controller-2", "avi-controller-3");
    private static final Set<String> LICENSES = Set.of("BASIC", "ENTERPRISE");
    private final Database db;
    private final Clock clock;

    /**
     * What a client asks a controller to be. {@code licenseType} is that of a client of API < 37.0 (null for later
     * clients, which have no such field); {@code password} may be left out of a change, which keeps the login.
     */
    public record Spec(String name, String description, String url, String username, String password,
                       String licenseType) {
    }

    public AlbControllers(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The controllers of these ids (a page of the query engine), for a system administrator. */
    public List<Controller> found(Principal p, List<UUID> ids) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).found(ids));
    }

    /** A controller by id; an unknown one is the cloudapi's 403, as vCD answers. */
    public Controller controller(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> known(tx, id));
    }

    public Controller create(Principal p, Spec s) {
        p.requireSystemAdmin();
        if (s.password() == null || s.password().isEmpty()) {
            throw ApiException.badRequest("A load balancer controller needs the password of its user.");
        }
        return db.tx(tx -> {
            Controller c = checked(tx, UUID.randomUUID(), s, "BASIC", clock.instant().truncatedTo(ChronoUnit.MILLIS));
            store(tx).save(c, simulatedController(c.url()));
            return c;
        });
    }

    public Controller update(Principal p, UUID id, Spec s) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            Controller old = store(tx).lock(id).orElseThrow(() -> unknown(id));
            Controller c = checked(tx, id, s, old.licenseType(), old.created());
            store(tx).save(c, simulatedController(c.url()));
            return c;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            Controller c = store(tx).lock(id).orElseThrow(() -> unknown(id));
            AlbClouds.checkNoClouds(tx, id, c.name());
            store(tx).delete(id);
        });
    }

    /** The controller the spec describes, once it is valid and reachable; else 400 and nothing changes. */
    private static Controller checked(Tx tx, UUID id, Spec s, String licenseOtherwise, java.time.Instant created) {
        String name = Lengths.name(s.name(), MAX_NAME, "load balancer controller");
        Lengths.atMost(s.description(), MAX_DESCRIPTION, "description");
        if (s.username() == null || s.username().isBlank() || s.username().length() > MAX_NAME) {
            throw ApiException.badRequest("A load balancer controller needs a username of 1 to " + MAX_NAME
                    + " characters.");
        }
        String license = s.licenseType() == null ? licenseOtherwise : s.licenseType();
        if (license != null && !LICENSES.contains(license)) {
            throw ApiException.badRequest("licenseType must be BASIC or ENTERPRISE, not '" + Lengths.shown(license)
                    + "'.");
        }
        String url = reachable(s.url());
        if (store(tx).nameTaken(name, id)) {
            throw ApiException.duplicateName("A load balancer controller named " + name + " is already registered.");
        }
        if (store(tx).urlTaken(simulatedController(url), id)) {
            throw ApiException.badRequest("The load balancer controller at " + url + " is already registered.");
        }
        return new Controller(id, name, s.description(), url, s.username(), license, created);
    }

    /** The URL, if it is an https URL of a simulated Avi controller; else 400, as for a controller vCD cannot reach. */
    static String reachable(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw ApiException.badRequest("A load balancer controller needs the https URL of its controller, of 1 to "
                    + MAX_URL + " characters.");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + Lengths.shown(url) + "' is not a URL.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw ApiException.badRequest("A load balancer controller is reached by https, not at '"
                    + Lengths.shown(url) + "'.");
        }
        if (simulatedController(url) == null || uri.getPort() != -1 && uri.getPort() != 443) {
            throw ApiException.badRequest("Unable to connect to the load balancer controller at " + Lengths.shown(url)
                    + ": cannot resolve or reach " + uri.getHost() + ".");
        }
        return url.trim();
    }

    /**
     * The simulated controller a URL reaches ({@code avi-controller-1}, however the URL writes it), or null: two URLs
     * of one controller register it once.
     */
    static String simulatedController(String url) {
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String name = h.endsWith(Inventory.DOMAIN) ? h.substring(0, h.length() - Inventory.DOMAIN.length()) : h;
        return HOSTS.contains(name) ? name : null;
    }

    static Controller known(Tx tx, UUID id) {
        return store(tx).find(id).orElseThrow(() -> unknown(id));
    }

    private static ApiException unknown(UUID id) {
        return ApiException.forbidden("No load balancer controller " + Kind.ALB_CONTROLLER.urn(id) + " is accessible.");
    }

    private static AlbControllerStore store(Tx tx) {
        return tx.store(AlbControllerStore::new);
    }
}
