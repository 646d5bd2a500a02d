-- Independent disks have had owners since they came (disk.owner_id); changing one is new: the predefined
-- administrator roles a store already holds get the right, as the ones new orgs get do (PredefinedRole).
INSERT INTO role_right (role_id, right_name)
SELECT r.id, 'Organization vDC Named Disk: Change Owner' FROM role r
WHERE r.predefined AND r.global_role_id IS NULL
  AND r.name IN ('Organization Administrator', 'System Administrator')
  AND NOT EXISTS (SELECT 1 FROM role_right x WHERE x.role_id = r.id
                  AND x.right_name = 'Organization vDC Named Disk: Change Owner');
