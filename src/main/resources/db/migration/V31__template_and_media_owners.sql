-- A vApp template or medium is owned by the user who made it (uploaded, captured or copied it), as in vCD:
-- its ownerName in queries. Those made before are given the user who started their first task.
ALTER TABLE vapp_template ADD COLUMN owner_id UUID;
ALTER TABLE media ADD COLUMN owner_id UUID;
UPDATE vapp_template SET owner_id = (SELECT t.user_id FROM task t WHERE t.owner_id = vapp_template.id
    AND t.user_id IS NOT NULL ORDER BY t.created LIMIT 1);
UPDATE media SET owner_id = (SELECT t.user_id FROM task t WHERE t.owner_id = media.id
    AND t.user_id IS NOT NULL ORDER BY t.created LIMIT 1);
