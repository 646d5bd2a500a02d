-- Tasks and events name the kind of object they are about (core.Kind's name), so nothing has to read
-- it back out of a media type. Null for an extension's own objects. Rows written before this keep
-- their media type and get the kind it names; a VM's kind follows from the table its parent is in.
ALTER TABLE task ADD COLUMN owner_kind VARCHAR(32);
ALTER TABLE event ADD COLUMN entity_kind VARCHAR(32);

CREATE TABLE kind_of_media_type (media_type VARCHAR(256) PRIMARY KEY, kind VARCHAR(32) NOT NULL);
INSERT INTO kind_of_media_type (media_type, kind) VALUES
    ('application/vnd.vmware.admin.organization+xml', 'org'),
    ('application/vnd.vmware.vcloud.org+xml', 'org'),
    ('application/vnd.vmware.admin.user+xml', 'user'),
    ('application/vnd.vmware.vcloud.vdc+xml', 'vdc'),
    ('application/vnd.vmware.admin.vdc+xml', 'vdc'),
    ('application/vnd.vmware.vcloud.catalog+xml', 'catalog'),
    ('application/vnd.vmware.admin.catalog+xml', 'catalog'),
    ('application/vnd.vmware.vcloud.catalogItem+xml', 'catalogItem'),
    ('application/vnd.vmware.vcloud.media+xml', 'media'),
    ('application/vnd.vmware.vcloud.vAppTemplate+xml', 'vAppTemplate'),
    ('application/vnd.vmware.vcloud.vApp+xml', 'vApp'),
    ('application/vnd.vmware.vcloud.vm+xml', 'vm'),
    ('application/vnd.vmware.admin.blockingTask+xml', 'blockingTask');

UPDATE task SET owner_kind = (SELECT k.kind FROM kind_of_media_type k WHERE k.media_type = task.owner_type);
UPDATE event SET entity_kind = (SELECT k.kind FROM kind_of_media_type k WHERE k.media_type = event.entity_type);
UPDATE task SET owner_kind = 'templateVm'
WHERE owner_kind = 'vm' AND owner_id IN (SELECT vm.id FROM vm JOIN vapp_template p ON p.id = vm.parent_id);
UPDATE event SET entity_kind = 'templateVm'
WHERE entity_kind = 'vm' AND entity_id IN (SELECT vm.id FROM vm JOIN vapp_template p ON p.id = vm.parent_id);
DROP TABLE kind_of_media_type;
