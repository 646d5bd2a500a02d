-- NSX-T ALB pools (cloudapi loadBalancer/pools): the servers an NSX-T edge gateway's virtual services send traffic
-- to. The name is unique on its edge; body keeps the rest as the pool's JSON (members, algorithm, monitors,
-- persistence, certificates), but for the firewall group (an IP set of the same edge) a pool may take its members
-- from, which is not deleted while a pool names it. A pool goes with its edge: vcdsim deletes an edge's load balancer with it, as it
-- deletes its NAT and firewall rules.
CREATE TABLE alb_pool (
    id        UUID PRIMARY KEY,
    org_id    UUID NOT NULL REFERENCES org (id),
    edge_id   UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    name      VARCHAR(255) NOT NULL,
    name_key  VARCHAR(255) NOT NULL,
    member_group_id UUID,
    body      TEXT NOT NULL,
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alb_pool_name_unique UNIQUE (edge_id, name_key)
);
CREATE INDEX alb_pool_org ON alb_pool (org_id);
