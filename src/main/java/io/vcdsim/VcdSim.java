package io.vcdsim;

import io.vcdsim.api.BlockingTaskResource;
import io.vcdsim.api.CatalogItemResource;
import io.vcdsim.api.CatalogResource;
import io.vcdsim.api.CloudApiAuditResource;
import io.vcdsim.api.CloudApiComputePolicyResource;
import io.vcdsim.api.CloudApiProviderResource;
import io.vcdsim.api.CloudApiSecurityTagResource;
import io.vcdsim.api.ConsoleResource;
import io.vcdsim.api.ExtensionResource;
import io.vcdsim.api.NsxtContexts;
import io.vcdsim.api.NsxtProfileResource;
import io.vcdsim.api.NsxtResource;
import io.vcdsim.api.LeaseResource;
import io.vcdsim.api.MetadataResource;
import io.vcdsim.api.NewVAppResource;
import io.vcdsim.api.NotificationSettingsResource;
import io.vcdsim.api.OperationsResource;
import io.vcdsim.api.QueryResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.SectionResource;
import io.vcdsim.api.SessionResource;
import io.vcdsim.api.SimulationResource;
import io.vcdsim.api.SystemSettingsResource;
import io.vcdsim.api.TaskResource;
import io.vcdsim.api.TaskViews;
import io.vcdsim.api.TemplateResource;
import io.vcdsim.api.VAppNetworkResource;
import io.vcdsim.api.VAppResource;
import io.vcdsim.api.VersionsResource;
import io.vcdsim.api.VmActionResource;
import io.vcdsim.api.VmSectionResource;
import io.vcdsim.auth.Sessions;
import io.vcdsim.auth.TokenSigner;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.catalog.CatalogItemCloning;
import io.vcdsim.catalog.CatalogService;
import io.vcdsim.catalog.CatalogSubscriptions;
import io.vcdsim.catalog.MediaService;
import io.vcdsim.catalog.OvfLinks;
import io.vcdsim.catalog.Spool;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.Transfers;
import io.vcdsim.compute.ComputePolicies;
import io.vcdsim.compute.SectionService;
import io.vcdsim.compute.SecurityTags;
import io.vcdsim.compute.VAppCloning;
import io.vcdsim.compute.VAppCreation;
import io.vcdsim.compute.VAppFromOvf;
import io.vcdsim.compute.VAppLeases;
import io.vcdsim.compute.VAppNetworks;
import io.vcdsim.compute.VAppOperations;
import io.vcdsim.compute.VAppPower;
import io.vcdsim.compute.VAppRecomposition;
import io.vcdsim.compute.VAppService;
import io.vcdsim.compute.VdcService;
import io.vcdsim.compute.VmActions;
import io.vcdsim.config.Config;
import io.vcdsim.config.LookupServiceRegistration;
import io.vcdsim.config.Seeder;
import io.vcdsim.config.SystemSettingsService;
import io.vcdsim.core.Housekeeping;
import io.vcdsim.events.EventFeed;
import io.vcdsim.events.NotificationPublisher;
import io.vcdsim.events.ReplyChannel;
import io.vcdsim.extension.RequestForwarder;
import io.vcdsim.extensibility.PlacementExtensionPoint;
import io.vcdsim.extension.ResourceClasses;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.http.ApiHandler;
import io.vcdsim.http.Codec;
import io.vcdsim.http.HttpServer;
import io.vcdsim.http.Router;
import io.vcdsim.http.SelfSignedCertificate;
import io.vcdsim.metadata.MetadataService;
import io.vcdsim.metrics.Metrics;
import io.vcdsim.network.DhcpLeases;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.query.QueryService;
import io.vcdsim.query.QueryTypes;
import io.vcdsim.simulation.Simulation;
import io.vcdsim.simulation.World;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.ServiceTasks;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tasks.TaskService;
import io.vcdsim.tenancy.Entities;
import io.vcdsim.tenancy.OrgService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One running vcdsim cell: store, services, HTTP. Started by {@link Main} and by the tests. */
public final class VcdSim implements AutoCloseable {

    private final Config config;
    private final Database db;
    private final HttpServer http;
    private final Housekeeping housekeeping = new Housekeeping();
    private final boolean seeded;
    private TaskEngine engine;
    private BlockingTasks blocking;
    private NotificationPublisher publisher;
    private EventFeed feed;
    private RequestForwarder forwarder;
    private OvfLinks ovfLinks;
    private Simulation simulation;

    private VcdSim(Config config, List<Routes> extraRoutes) throws Exception {
        this.config = config;
        Files.createDirectories(config.dataDir());
        // Start-up is mostly class loading: open the store on one thread while the HTTP and XML
        // machinery load on others (two cores is the common case).
        ExecutorService startup = Executors.newCachedThreadPool(Housekeeping.daemonThreads("startup"));
        try {
            Future<Database> store = startup.submit(() -> Database.of(config.dbUrl(), config.dataDir(), config.dbUser(),
                    config.dbPassword()));
            Future<TokenSigner> signer = startup.submit(() -> TokenSigner.fromStore(store.get(),
                    config.dataDir().resolve("token.key"), config.clock()));
            Codec codec = new Codec(startup);
            Path keystore = config.keystore();
            String keystorePassword = config.keystorePassword() != null ? config.keystorePassword() : "vcdsim";
            if (config.httpsPort() >= 0 && keystore == null) {
                keystore = SelfSignedCertificate.ensure(config.dataDir().resolve("vcdsim.p12"),
                        keystorePassword.toCharArray(), config.bind());
            }
            this.http = new HttpServer(config.bind(), config.httpPort(), config.httpsPort(), keystore,
                    keystorePassword, config.accessLog());
            this.db = join(store);
            try {
                String cellId = cellId(config.dataDir());
                TokenSigner tokens = join(signer);
                this.simulation = new Simulation(db, config.clock(), config.taskDurations());
                this.engine = new TaskEngine(db, config.clock(), cellId, simulation::duration,
                        config.taskRetention(), config::limits,
                        Math.max(2, Runtime.getRuntime().availableProcessors()));
                engine.failWith(simulation);
                this.blocking = new BlockingTasks(db, engine, config.clock());
                this.publisher = new NotificationPublisher(db, config.clock(), this::publicUrl);
                this.feed = new EventFeed(db, publisher, this::publicUrl, config.clock());
                Metrics metrics = new Metrics(db, publisher);
                engine.observeWith(metrics);
                SystemSettingsService systemSettings = new SystemSettingsService(db, config.clock(),
                        config.sessionIdleTimeout());
                Sessions sessions = new Sessions(db, tokens, config.clock(), systemSettings::sessionIdleTimeout,
                        systemSettings::sessionAbsoluteTimeout);
                OrgService orgs = new OrgService(db, config.clock(), engine, sessions);
                Seeder seeder = new Seeder(db, orgs, config.clock(), config.vcenterShape());
                this.seeded = seeder.seed(config.adminPassword(), config.tenantPassword(), config.seed());
                ReplyChannel amqp = new ReplyChannel(publisher::config, "vcdsim-extensions");
                this.forwarder = new RequestForwarder(amqp, config.extensionTimeout());
                ServiceRegistry services = new ServiceRegistry(db, config.clock(), forwarder);
                Spool spool = new Spool(config.spool());
                spool.requireShared(db, cellId, config.clock().instant());
                MediaService media = new MediaService(db, engine, spool);
                TemplateService templates = new TemplateService(db, engine, spool);
                World world = new World(db, () -> seeder.seed(config.adminPassword(), config.tenantPassword(),
                        config.seed()), spool, () -> {
                            sessions.forgetAll();
                            simulation.forget();
                            services.forget();
                            systemSettings.forget();
                        }, config.vcenterShape());
                Router router = new Router();
                Entities entities = new Entities(db);
                ResourceClasses resourceClasses = new ResourceClasses(db, config.clock());
                BlockingTaskResource blockingResource = new BlockingTaskResource(db, blocking, entities,
                        resourceClasses, engine::operationNames);
                NotificationSettingsResource notificationResource = new NotificationSettingsResource(publisher);
                TaskViews taskViews = new TaskViews();
                VdcService vdcs = new VdcService(db, engine);
                VAppService vapps = new VAppService(db, engine);
                DhcpLeases dhcp = new DhcpLeases(engine::now);
                VAppPower power = new VAppPower(db, engine, dhcp);
                power.askWith(simulation);
                SectionService sectionService = new SectionService(db, engine, vapps);
                VmActions vmActions = new VmActions(db, engine);
                VAppNetworkResource vappNetworkResource = new VAppNetworkResource(db, vapps,
                        new VAppNetworks(db, engine, vapps), taskViews);
                CatalogService catalogs = new CatalogService(db, engine, spool);
                QueryService queries = new QueryService(db, QueryTypes.all());
                VAppCreation creation = new VAppCreation(db, engine);
                creation.placeWith(new PlacementExtensionPoint(amqp, engine, config.objectExtensionTimeout()));
                creation.addressWith(dhcp);
                VAppOperations vappOperations = new VAppOperations(creation,
                        new VAppCloning(db, engine), new VAppRecomposition(db, engine),
                        new VAppFromOvf(db, engine, templates), power);
                // a vcdsim on loopback serves one machine: links to local web servers are what its user has
                this.ovfLinks = new OvfLinks(db, engine, spool, templates, Config.isLoopback(config.bind()));
                VdcGroups vdcGroups = new VdcGroups(db, engine, config.clock());
                NsxtContexts nsxtContexts = new NsxtContexts(db, vdcs, vdcGroups);
                NsxtResource nsxtResource = new NsxtResource(db, nsxtContexts);
                List<Routes> resources = List.of(new VersionsResource(), new SessionResource(sessions),
                        new CatalogResource(db, catalogs, new CatalogSubscriptions(db, engine, spool, catalogs), orgs,
                                taskViews), new ExtensionResource(),
                        new TaskResource(db, engine, new TaskService(db, engine), new ServiceTasks(db, engine), orgs,
                                taskViews),
                        blockingResource, notificationResource,
                        new SystemSettingsResource(notificationResource, blockingResource, systemSettings,
                                new LookupServiceRegistration(db, engine, systemSettings), taskViews),
                        new MetadataResource(entities, new MetadataService(db, engine), taskViews),
                        new CatalogItemResource(db, catalogs, media, templates,
                                new CatalogItemCloning(db, engine, spool), ovfLinks, vapps, taskViews),
                        new TemplateResource(db, templates, taskViews),
                        new VAppResource(db, vappOperations, vapps, taskViews),
                        new NewVAppResource(db, vappOperations, vapps, vdcs, taskViews),
                        new SectionResource(db, vapps, sectionService, taskViews),
                        new VmSectionResource(db, vapps, sectionService, taskViews),
                        new VmActionResource(vapps, power, sectionService, vmActions, taskViews),
                        new CloudApiSecurityTagResource(new SecurityTags(db, vapps)),
                        new SimulationResource(simulation, world), new ConsoleResource(feed),
                        new QueryResource(queries), vappNetworkResource,
                        new CloudApiProviderResource(vdcs, vdcGroups, queries), nsxtResource,
                        new NsxtProfileResource(db, nsxtContexts),
                        new CloudApiComputePolicyResource(db, new ComputePolicies(db, config.clock()), vdcs,
                                queries),
                        new CloudApiAuditResource(db, queries),
                        new LeaseResource(orgs, new VAppLeases(db, engine, power), templates, taskViews));
                // before the rest: a template two resources share lists its methods in the order they registered
                TenancySide.resources(db, config.clock(), orgs, sessions, entities, queries, taskViews)
                        .forEach(r -> r.register(router));
                resources.forEach(r -> r.register(router));
                ExtensionSide.resources(db, config.clock(), services, resourceClasses, queries)
                        .forEach(r -> r.register(router));
                VdcSide.resources(db, engine, config.clock(), vdcs, orgs, taskViews).forEach(r -> r.register(router));
                ProviderSide.resources(db, engine, config, queries, taskViews, orgs).forEach(r -> r.register(router));
                NetworkSide.resources(db, engine, vdcs, vdcGroups, queries, taskViews, vappNetworkResource)
                        .forEach(r -> r.register(router));
                CloudApiSide cloudApi = new CloudApiSide(db, engine, config, queries, sessions, http::httpPort,
                        http::httpsPort);
                cloudApi.resources().forEach(r -> r.register(router));
                new OperationsResource(db, metrics).register(router);
                extraRoutes.forEach(r -> r.register(router));
                codec.awaitReady();
                engine.start(housekeeping);
                blocking.start(housekeeping);
                publisher.start();
                http.start(new ApiHandler(router, codec, sessions::authenticate, config.maxBodyBytes(), services,
                        cloudApi.uploadsBefore(new Transfers(db, engine, spool, templates)), services.links()),
                        metrics);
                housekeeping.every(Duration.ofHours(1), Duration.ofHours(1), "rotating token keys", tokens::rotate);
                housekeeping.every(Duration.ofMinutes(1), Duration.ofMinutes(1), "purging idle sessions",
                        sessions::purgeIdle);
                housekeeping.every(Duration.ofMinutes(10), Duration.ofMinutes(1), "removing orphaned upload bytes",
                        () -> spool.sweep(() -> db.read(tx -> tx.catalogItems().allFileIds())));
            } catch (Exception | Error e) {
                housekeeping.close();
                if (forwarder != null) {
                    forwarder.close();
                }
                if (ovfLinks != null) {
                    ovfLinks.close();
                }
                if (publisher != null) {
                    publisher.close();
                }
                if (blocking != null) {
                    blocking.close();
                }
                if (engine != null) {
                    engine.close();
                }
                db.close();
                throw e;
            }
        } finally {
            startup.shutdown();
        }
    }

    /** A cell's id is kept in its data directory: after a restart it resumes its own unfinished tasks at once. */
    private static String cellId(Path dataDir) throws java.io.IOException {
        Path file = dataDir.resolve("cell.id");
        if (!Files.exists(file)) {
            Files.writeString(file, java.util.UUID.randomUUID().toString());
        }
        return Files.readString(file).trim();
    }

    private static <T> T join(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    public static VcdSim start(Config config) throws Exception {
        return new VcdSim(config, List.of());
    }

    /** Starts with additional routes, for benchmarks that need a reference endpoint in the same server. */
    public static VcdSim start(Config config, List<Routes> extraRoutes) throws Exception {
        return new VcdSim(config, extraRoutes);
    }

    public Config config() {
        return config;
    }

    /** True when this start created the seeded model. */
    public boolean seeded() {
        return seeded;
    }

    public int httpPort() {
        return http.httpPort();
    }

    public int httpsPort() {
        return http.httpsPort();
    }

    public String httpUrl() {
        return "http://" + hostForUrl() + ":" + httpPort();
    }

    public String httpsUrl() {
        return "https://" + hostForUrl() + ":" + httpsPort();
    }

    /** The URL notifications point their entity resolver at: HTTPS when it listens, else HTTP. */
    private String publicUrl() {
        return config.httpsPort() >= 0 ? httpsUrl() : httpUrl();
    }

    private String hostForUrl() {
        String b = config.bind();
        return b.equals("0.0.0.0") ? "127.0.0.1" : b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b;
    }

    public Simulation simulation() {
        return simulation;
    }

    public TaskEngine engine() {
        return engine;
    }

    public Database db() {
        return db;
    }

    /**
     * Stops in the order that loses nothing: no new requests, and those in flight answered; then the
     * background work; the store last, once nothing uses it any more.
     */
    @Override
    public void close() throws Exception {
        try {
            feed.close(); // the console's open event streams end, rather than hold the stop
            http.stop();
        } finally {
            housekeeping.close();
            forwarder.close();
            if (ovfLinks != null) {
                ovfLinks.close();
            }
            publisher.close();
            blocking.close();
            engine.close();
            db.close();
        }
    }
}
