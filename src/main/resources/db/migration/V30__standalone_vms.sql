-- A standalone VM (createVm) lives alone in a vApp of its own, which goes when the VM does.
ALTER TABLE vapp ADD COLUMN standalone BOOLEAN DEFAULT FALSE NOT NULL;
