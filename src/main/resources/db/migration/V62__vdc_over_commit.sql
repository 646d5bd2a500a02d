-- Whether a VDC lets VMs start beyond its allocation (AdminVdc's OverCommitAllowed), kept as a provider sets it.
ALTER TABLE vdc ADD COLUMN over_commit_allowed BOOLEAN DEFAULT TRUE NOT NULL;
