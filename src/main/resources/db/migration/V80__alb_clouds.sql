-- NSX-T ALB clouds (cloudapi loadBalancer/clouds): an NSX-T cloud of a registered controller, imported once, on the
-- GENEVE network pool it serves; and the service engine groups imported from a cloud (loadBalancer/
-- serviceEngineGroups). backing_id is the controller's own id of what was imported (cloud-<uuid>,
-- serviceenginegroup-<uuid>). A controller with clouds, a pool with clouds and a cloud with groups are not deleted
-- (the services refuse it; the keys only hold what they checked).
CREATE TABLE alb_cloud (
    id               UUID PRIMARY KEY,
    name             VARCHAR(128) NOT NULL,
    name_key         VARCHAR(128) NOT NULL UNIQUE,
    description      VARCHAR(1024),
    controller_id    UUID NOT NULL REFERENCES alb_controller (id),
    backing_id       VARCHAR(64) NOT NULL,
    network_pool_id  UUID NOT NULL REFERENCES network_pool (id),
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alb_cloud_backing_unique UNIQUE (controller_id, backing_id)
);

CREATE TABLE alb_service_engine_group (
    id                     UUID PRIMARY KEY,
    name                   VARCHAR(128) NOT NULL,
    name_key               VARCHAR(128) NOT NULL UNIQUE,
    description            VARCHAR(1024),
    cloud_id               UUID NOT NULL REFERENCES alb_cloud (id),
    backing_id             VARCHAR(64) NOT NULL,
    ha_mode                VARCHAR(32) NOT NULL,
    reservation_type       VARCHAR(16) NOT NULL,
    supported_feature_set  VARCHAR(16) NOT NULL,
    max_virtual_services   INT NOT NULL,
    created                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alb_seg_backing_unique UNIQUE (cloud_id, backing_id)
);
