-- NSX-T ALB on edge gateways (cloudapi edgeGateways/{id}/loadBalancer and loadBalancer/serviceEngineGroups/
-- assignments). An edge has a row in alb_edge while its load balancer is enabled, bound to the ALB cloud of its VDC's
-- network pool; disabling deletes the row (vCD forgets the service networks then, so a later enable may set others).
-- feature_set is STANDARD or PREMIUM (clients before API 37.0 see them as licenseType BASIC or ENTERPRISE).
-- An assignment gives an enabled edge a service engine group, once per edge; its max and min virtual services are
-- those of a SHARED group (NULL for a DEDICATED one). Both go with their edge; a cloud an edge uses and a group
-- assigned somewhere are not deleted (the services refuse it; the keys only hold what they checked).
CREATE TABLE alb_edge (
    edge_id                  UUID PRIMARY KEY REFERENCES edge_gateway (id) ON DELETE CASCADE,
    cloud_id                 UUID NOT NULL REFERENCES alb_cloud (id),
    service_network          VARCHAR(64),
    ipv6_service_network     VARCHAR(64),
    feature_set              VARCHAR(16) NOT NULL,
    transparent_mode         BOOLEAN NOT NULL
);
CREATE INDEX alb_edge_cloud ON alb_edge (cloud_id);

CREATE TABLE alb_seg_assignment (
    id                    UUID PRIMARY KEY,
    org_id                UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    edge_id               UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    group_id              UUID NOT NULL REFERENCES alb_service_engine_group (id),
    max_virtual_services  INT,
    min_virtual_services  INT,
    created               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alb_seg_assignment_once UNIQUE (edge_id, group_id)
);
CREATE INDEX alb_seg_assignment_group ON alb_seg_assignment (group_id);
CREATE INDEX alb_seg_assignment_org ON alb_seg_assignment (org_id);
