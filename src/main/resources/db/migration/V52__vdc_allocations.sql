-- What a VDC is allocated as its CreateVdcParams or AdminVdc set it (kept and given back; an allocation, reservation
-- or flex pool shows it as its Allocated capacity), and the limit of its storage profile (0: none).
ALTER TABLE vdc ADD COLUMN cpu_allocated_mhz BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE vdc ADD COLUMN memory_allocated_mb BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE vdc ADD COLUMN storage_limit_mb BIGINT DEFAULT 0 NOT NULL;
