-- Who owns a vApp or a catalog: the user who created it, until someone with the right to change owners gives it
-- to another user of its org. Deleting the user leaves what they owned in place, without an owner; rows from
-- before this version have none either.
ALTER TABLE vapp ADD COLUMN owner_id UUID;
ALTER TABLE vapp ADD CONSTRAINT vapp_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id)
    ON DELETE SET NULL;
CREATE INDEX vapp_owner ON vapp (owner_id);
ALTER TABLE catalog ADD COLUMN owner_id UUID;
ALTER TABLE catalog ADD CONSTRAINT catalog_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id)
    ON DELETE SET NULL;
CREATE INDEX catalog_owner ON catalog (owner_id);

-- The rights to change owners are new: the predefined administrator roles a store already holds get them, as the
-- ones new orgs get do (PredefinedRole). Tenants cannot add rights to these roles, which are read-only.
INSERT INTO role_right (role_id, right_name)
SELECT r.id, 'vApp: Change Owner' FROM role r
WHERE r.predefined AND r.global_role_id IS NULL
  AND r.name IN ('Organization Administrator', 'System Administrator')
  AND NOT EXISTS (SELECT 1 FROM role_right x WHERE x.role_id = r.id AND x.right_name = 'vApp: Change Owner');
INSERT INTO role_right (role_id, right_name)
SELECT r.id, 'Catalog: Change Owner' FROM role r
WHERE r.predefined AND r.global_role_id IS NULL
  AND r.name IN ('Organization Administrator', 'System Administrator')
  AND NOT EXISTS (SELECT 1 FROM role_right x WHERE x.role_id = r.id AND x.right_name = 'Catalog: Change Owner');
