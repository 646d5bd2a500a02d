-- The VDC storage profile a catalog keeps its items on (AdminCatalog CatalogStorageProfiles): templates and media
-- uploaded or copied into the catalog are stored in that profile's VDC. No row: the org's first VDC. The
-- profile is one of vdc_storage_profile_all (V59), whose * has no row of its own: hence no foreign key to it (a
-- profile a catalog names is not removed from its VDC; a row naming none that exists is read as none).
CREATE TABLE catalog_storage_profile (
    catalog_id UUID PRIMARY KEY REFERENCES catalog (id) ON DELETE CASCADE,
    profile_id UUID NOT NULL,
    vdc_id     UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE
);
