-- The simulated vCenter vc1's datastores, stored like the rest of its inventory: seeded with it in the number
-- --vcenter-shape gives (a store or saved state from before this version gets the two it had: datastore-21
-- shared-disk-1 and datastore-22 shared-disk-2). A VM's vm.datastore names one by moref; NULL: the first by moref.
CREATE TABLE vcenter_datastore (
    id           UUID PRIMARY KEY,
    moref        VARCHAR(64) NOT NULL UNIQUE,
    name         VARCHAR(128) NOT NULL UNIQUE,
    fs_type      VARCHAR(16) NOT NULL,
    capacity_mb  BIGINT NOT NULL
);
