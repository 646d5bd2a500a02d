package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

/** One open transaction and the stores that work inside it. */
public final class Tx {
    private final Handle handle;

    Tx(Handle handle) {
        this.handle = handle;
    }

    public Handle handle() {
        return handle;
    }

    /**
     * A store working inside this transaction, made from its handle: {@code tx.store(VmAffinityRuleStore::new)}.
     * A new kind's store needs no accessor of its own here.
     */
    public <S> S store(java.util.function.Function<Handle, S> make) {
        return make.apply(handle);
    }

    /** Lookups every kind of object answers, by its declaration. */
    public ObjectStore objects() {
        return new ObjectStore(handle);
    }

    public TokenKeyStore tokenKeys() {
        return new TokenKeyStore(handle);
    }

    public OrgStore orgs() {
        return new OrgStore(handle);
    }

    public RoleStore roles() {
        return new RoleStore(handle);
    }

    public RightsContainerStore rightsContainers() {
        return new RightsContainerStore(handle);
    }

    public ServiceAccountStore serviceAccounts() {
        return new ServiceAccountStore(handle);
    }

    public ApiTokenStore apiTokens() {
        return new ApiTokenStore(handle);
    }

    public AccessControlStore accessControl() {
        return new AccessControlStore(handle);
    }

    public EdgeGatewayStore edges() {
        return new EdgeGatewayStore(handle);
    }

    public NetworkStore networks() {
        return new NetworkStore(handle);
    }

    public VAppNetworkStore vappNetworks() {
        return new VAppNetworkStore(handle);
    }

    public DiskStore disks() {
        return new DiskStore(handle);
    }

    public UserStore users() {
        return new UserStore(handle);
    }

    public SessionStore sessions() {
        return new SessionStore(handle);
    }

    public TaskStore tasks() {
        return new TaskStore(handle);
    }

    public EventStore events() {
        return new EventStore(handle);
    }

    public BlockingTaskStore blockingTasks() {
        return new BlockingTaskStore(handle);
    }

    public ComputeStore compute() {
        return new ComputeStore(handle);
    }

    public CatalogItemStore catalogItems() {
        return new CatalogItemStore(handle);
    }

    public MetadataStore metadata() {
        return new MetadataStore(handle);
    }

    public ServiceStore services() {
        return new ServiceStore(handle);
    }

    public SettingStore settings() {
        return new SettingStore(handle);
    }

    public ResourceStore resources() {
        return new ResourceStore(handle);
    }
}
