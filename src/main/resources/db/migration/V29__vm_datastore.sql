-- The datastore of the simulated vCenter a VM sits on (its managed object reference); NULL: the first one.
ALTER TABLE vm ADD COLUMN datastore VARCHAR(64);
