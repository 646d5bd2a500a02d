-- Catalog and vApp Authors share what they make with users of their org, so they look users up by name (pyvcloud's
-- add_access_settings queries them): the predefined roles a store already holds get "Group / User: View", as the
-- ones new orgs get do (PredefinedRole).
INSERT INTO role_right (role_id, right_name)
SELECT r.id, 'Group / User: View' FROM role r
WHERE r.predefined AND r.global_role_id IS NULL AND r.name IN ('Catalog Author', 'vApp Author')
  AND NOT EXISTS (SELECT 1 FROM role_right x WHERE x.role_id = r.id AND x.right_name = 'Group / User: View');
