-- NSX-T ALB virtual services (cloudapi loadBalancer/virtualServices): a pool of an edge gateway served on a virtual
-- IP by a service engine group assigned to the edge. The name is unique on its edge; a pool serves one virtual
-- service at most (vCD's rule; the service checks it, the unique key holds it). virtual_ip and ipv6_virtual_ip are
-- kept apart from the body so that a service's addresses and ports can be checked against the others on the edge.
-- A service goes with its edge (the keys cascade from the edge, and from the pool, which only goes with the edge
-- while a service names it); the service engine group it runs on is not deleted while it does.
CREATE TABLE alb_virtual_service (
    id                  UUID PRIMARY KEY,
    org_id              UUID NOT NULL REFERENCES org (id),
    edge_id             UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    name                VARCHAR(255) NOT NULL,
    name_key            VARCHAR(255) NOT NULL,
    pool_id             UUID NOT NULL REFERENCES alb_pool (id) ON DELETE CASCADE,
    service_engine_group_id UUID NOT NULL REFERENCES alb_service_engine_group (id),
    virtual_ip          VARCHAR(64),
    ipv6_virtual_ip     VARCHAR(64),
    body                TEXT NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alb_virtual_service_name_unique UNIQUE (edge_id, name_key),
    CONSTRAINT alb_virtual_service_pool_unique UNIQUE (pool_id)
);
CREATE INDEX alb_virtual_service_org ON alb_virtual_service (org_id);
CREATE INDEX alb_virtual_service_group ON alb_virtual_service (service_engine_group_id);
