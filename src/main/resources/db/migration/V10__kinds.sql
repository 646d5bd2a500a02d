-- Tasks and events name the kind of object they are about (core.Kind's name), so nothing has to read
-- it back out of a media type. Null for an extension's own objects. Rows written before this keep
-- their media type and get the kind it names; a VM's kind follows from the table its parent is in.
ALTER TABLE task ADD COLUMN owner_kind VARCHAR(32);
ALTER TABLE event ADD COLUMN entity_kind VARCHAR(32);

UPDATE task SET owner_kind = CASE owner_type
    WHEN 'application/vnd.vmware.admin.organization+xml' THEN 'org'
    WHEN 'application/vnd.vmware.vcloud.org+xml' THEN 'org'
    WHEN 'application/vnd.vmware.admin.user+xml' THEN 'user'
    WHEN 'application/vnd.vmware.vcloud.vdc+xml' THEN 'vdc'
    WHEN 'application/vnd.vmware.admin.vdc+xml' THEN 'vdc'
    WHEN 'application/vnd.vmware.vcloud.catalog+xml' THEN 'catalog'
    WHEN 'application/vnd.vmware.admin.catalog+xml' THEN 'catalog'
    WHEN 'application/vnd.vmware.vcloud.catalogItem+xml' THEN 'catalogItem'
    WHEN 'application/vnd.vmware.vcloud.media+xml' THEN 'media'
    WHEN 'application/vnd.vmware.vcloud.vAppTemplate+xml' THEN 'vAppTemplate'
    WHEN 'application/vnd.vmware.vcloud.vApp+xml' THEN 'vApp'
    END
WHERE owner_type IS NOT NULL;
UPDATE task SET owner_kind = CASE WHEN EXISTS (SELECT 1 FROM vapp_template p JOIN vm ON vm.parent_id = p.id
    WHERE vm.id = task.owner_id) THEN 'templateVm' ELSE 'vm' END
WHERE owner_type = 'application/vnd.vmware.vcloud.vm+xml';

UPDATE event SET entity_kind = CASE entity_type
    WHEN 'application/vnd.vmware.admin.organization+xml' THEN 'org'
    WHEN 'application/vnd.vmware.vcloud.org+xml' THEN 'org'
    WHEN 'application/vnd.vmware.admin.user+xml' THEN 'user'
    WHEN 'application/vnd.vmware.vcloud.vdc+xml' THEN 'vdc'
    WHEN 'application/vnd.vmware.admin.vdc+xml' THEN 'vdc'
    WHEN 'application/vnd.vmware.vcloud.catalog+xml' THEN 'catalog'
    WHEN 'application/vnd.vmware.admin.catalog+xml' THEN 'catalog'
    WHEN 'application/vnd.vmware.vcloud.catalogItem+xml' THEN 'catalogItem'
    WHEN 'application/vnd.vmware.vcloud.media+xml' THEN 'media'
    WHEN 'application/vnd.vmware.vcloud.vAppTemplate+xml' THEN 'vAppTemplate'
    WHEN 'application/vnd.vmware.vcloud.vApp+xml' THEN 'vApp'
    END
WHERE entity_type IS NOT NULL;
UPDATE event SET entity_kind = CASE WHEN EXISTS (SELECT 1 FROM vapp_template p JOIN vm ON vm.parent_id = p.id
    WHERE vm.id = event.entity_id) THEN 'templateVm' ELSE 'vm' END
WHERE entity_type = 'application/vnd.vmware.vcloud.vm+xml';
