-- Segment profile templates (cloudapi segmentProfileTemplates): five segment profiles of one NSX-T manager, each named
-- by the manager's own id (nsxt_resource.nsxt_id of its kind).
CREATE TABLE segment_profile_template (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(128) NOT NULL,
    description         VARCHAR(1024),
    manager_id          UUID NOT NULL REFERENCES nsxt_manager (id) ON DELETE CASCADE,
    ip_discovery        VARCHAR(128),
    mac_discovery       VARCHAR(128),
    qos                 VARCHAR(128),
    segment_security    VARCHAR(128),
    spoof_guard         VARCHAR(128),
    last_modified       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The templates new networks get where nothing else names one: scope is VAPP or VDC (the global defaults), or the
-- templates of one VDC's network profile (vdc_network_profile).
CREATE TABLE segment_profile_default (
    scope        VARCHAR(8) PRIMARY KEY,
    template_id  UUID NOT NULL REFERENCES segment_profile_template (id)
);
-- A VDC's network profile: the NSX-T edge cluster its network-mode DHCP runs on and its segment profile templates.
CREATE TABLE vdc_network_profile (
    vdc_id                 UUID PRIMARY KEY REFERENCES vdc (id) ON DELETE CASCADE,
    services_edge_cluster  UUID REFERENCES nsxt_resource (id),
    vdc_template_id        UUID REFERENCES segment_profile_template (id),
    vapp_template_id       UUID REFERENCES segment_profile_template (id)
);
-- An org VDC network's segment profiles: a template it was given, or profiles set one by one (manager ids).
CREATE TABLE network_segment_profile (
    network_id        UUID PRIMARY KEY REFERENCES org_network (id) ON DELETE CASCADE,
    template_id       UUID REFERENCES segment_profile_template (id),
    ip_discovery      VARCHAR(128),
    mac_discovery     VARCHAR(128),
    qos               VARCHAR(128),
    segment_security  VARCHAR(128),
    spoof_guard       VARCHAR(128)
);
-- NSX-T security tags on VMs (cloudapi securityTags), lower case, an org's own.
CREATE TABLE security_tag (
    vm_id   UUID NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
    tag     VARCHAR(128) NOT NULL,
    org_id  UUID NOT NULL,
    PRIMARY KEY (vm_id, tag)
);
CREATE INDEX security_tag_org ON security_tag (org_id, tag);
-- An imported org VDC network (cloudapi networkType OPAQUE) stands on an NSX-T segment made outside vCD; a segment
-- backs one network at most.
ALTER TABLE org_network ADD COLUMN segment_id UUID UNIQUE REFERENCES nsxt_resource (id);
