-- The NSX-T edge gateway services a tenant sets up on the cloudapi: firewall groups (IP sets and static security
-- groups of the edge's routed networks), the edge's ordered firewall rules and its NAT rules, and application port
-- profiles (vCD's SYSTEM ones, seeded here; an org's TENANT ones). An edge's objects go with it, an org's with it.
CREATE TABLE nsxt_firewall_group (
    id         UUID PRIMARY KEY,
    org_id     UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    edge_id    UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    name       VARCHAR(255) NOT NULL,
    group_type VARCHAR(32) NOT NULL,
    -- the group's description and IP addresses (JSON)
    body       VARCHAR(262144) NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX nsxt_firewall_group_edge ON nsxt_firewall_group (edge_id);

-- a security group's org VDC networks, in the order given; a deleted network leaves its groups
CREATE TABLE nsxt_firewall_group_member (
    group_id   UUID NOT NULL REFERENCES nsxt_firewall_group (id) ON DELETE CASCADE,
    network_id UUID NOT NULL REFERENCES org_network (id) ON DELETE CASCADE,
    position   INT NOT NULL,
    PRIMARY KEY (group_id, network_id)
);

-- an edge's user-defined firewall rules (rule_set FIREWALL, in position order) and its NAT rules (rule_set NAT);
-- body is the rule's JSON as the service keeps it, including the groups and profiles it names
CREATE TABLE nsxt_edge_rule (
    id       UUID PRIMARY KEY,
    edge_id  UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    rule_set VARCHAR(16) NOT NULL,
    position INT NOT NULL,
    name     VARCHAR(255) NOT NULL,
    version  INT NOT NULL,
    body     VARCHAR(65536) NOT NULL
);
CREATE INDEX nsxt_edge_rule_edge ON nsxt_edge_rule (edge_id, rule_set, position);

-- application port profiles: SYSTEM ones belong to no org; a TENANT one to its org and the VDC or VDC group named as
-- its context
CREATE TABLE nsxt_app_port_profile (
    id           UUID PRIMARY KEY,
    scope        VARCHAR(16) NOT NULL,
    org_id       UUID REFERENCES org (id) ON DELETE CASCADE,
    vdc_id       UUID REFERENCES vdc (id) ON DELETE CASCADE,
    vdc_group_id UUID REFERENCES vdc_group (id) ON DELETE CASCADE,
    name         VARCHAR(255) NOT NULL,
    description  VARCHAR(1024),
    ports        VARCHAR(16384) NOT NULL
);

INSERT INTO nsxt_app_port_profile (id, scope, name, description, ports) VALUES
    ('983800d3-eb79-58a2-8c6f-ded56c092e71', 'SYSTEM', 'HTTP', 'HTTP', '[{"protocol":"TCP","destinationPorts":["80"]}]'),
    ('105dd705-472f-5468-b19a-9b30d15e1812', 'SYSTEM', 'HTTPS', 'HTTPS', '[{"protocol":"TCP","destinationPorts":["443"]}]'),
    ('69ff5f9c-94dd-588f-98a1-da35a6cea48e', 'SYSTEM', 'SSH', 'SSH', '[{"protocol":"TCP","destinationPorts":["22"]}]'),
    ('93e3c143-a818-5895-9ec5-de1855e61c98', 'SYSTEM', 'ICMP ALL', 'ICMP ALL', '[{"protocol":"ICMPv4","destinationPorts":[]}]'),
    ('a9d76774-d93b-53e8-970f-cc46cdb983a7', 'SYSTEM', 'ICMPv6 ALL', 'ICMPv6 ALL', '[{"protocol":"ICMPv6","destinationPorts":[]}]'),
    ('eddcc21b-dabd-5e3d-9c53-8d0069f9c44d', 'SYSTEM', 'DNS', 'DNS', '[{"protocol":"TCP","destinationPorts":["53"]}]'),
    ('f1a621b1-cfa0-5d16-ac7d-8639f87db97b', 'SYSTEM', 'DNS-UDP', 'DNS-UDP', '[{"protocol":"UDP","destinationPorts":["53"]}]'),
    ('5ffeb7ee-56d3-55d6-b466-22641f6590d6', 'SYSTEM', 'FTP', 'FTP', '[{"protocol":"TCP","destinationPorts":["21"]}]'),
    ('70a5dfb3-de66-5da6-9f4a-7106850b0870', 'SYSTEM', 'TFTP', 'TFTP', '[{"protocol":"UDP","destinationPorts":["69"]}]'),
    ('c8885900-92ec-5656-8563-6698b99b6082', 'SYSTEM', 'LDAP', 'LDAP', '[{"protocol":"TCP","destinationPorts":["389"]}]'),
    ('a542004c-1a9f-51f7-bc98-84d3c152ea4f', 'SYSTEM', 'LDAP-over-SSL', 'LDAP-over-SSL', '[{"protocol":"TCP","destinationPorts":["636"]}]'),
    ('d776db07-98d4-57c2-bab8-776c3942044c', 'SYSTEM', 'MySQL', 'MySQL', '[{"protocol":"TCP","destinationPorts":["3306"]}]'),
    ('58e1aab8-ac76-53c4-852f-14831997d77c', 'SYSTEM', 'MS-SQL-S', 'MS-SQL-S', '[{"protocol":"TCP","destinationPorts":["1433"]}]'),
    ('3fb95dae-ed64-5827-8ace-0a6ee6786ffd', 'SYSTEM', 'Oracle', 'Oracle', '[{"protocol":"TCP","destinationPorts":["1521"]}]'),
    ('12a81c8b-13eb-5e50-8b00-0fb094942839', 'SYSTEM', 'NTP', 'NTP', '[{"protocol":"UDP","destinationPorts":["123"]}]'),
    ('76bb0302-2264-5be7-aaf5-69de9ab42283', 'SYSTEM', 'RDP', 'RDP', '[{"protocol":"TCP","destinationPorts":["3389"]}]'),
    ('72b6b931-883a-51f6-98e6-295e7fab4f91', 'SYSTEM', 'SMTP', 'SMTP', '[{"protocol":"TCP","destinationPorts":["25"]}]'),
    ('5c3179fb-eba9-555d-a02f-62b7bf6cb873', 'SYSTEM', 'SNMP', 'SNMP', '[{"protocol":"UDP","destinationPorts":["161"]}]'),
    ('83e182c7-4111-57fb-b1e6-0b4a0e916e69', 'SYSTEM', 'Syslog (UDP)', 'Syslog (UDP)', '[{"protocol":"UDP","destinationPorts":["514"]}]'),
    ('95fa8d74-18fe-505c-9cbe-3d6cea39f9d9', 'SYSTEM', 'Telnet', 'Telnet', '[{"protocol":"TCP","destinationPorts":["23"]}]'),
    ('ecb5927d-81f6-51d4-8167-372f8f09688e', 'SYSTEM', 'IMAP', 'IMAP', '[{"protocol":"TCP","destinationPorts":["143"]}]'),
    ('054b0c0f-39a4-52a9-81ac-8428eb9033aa', 'SYSTEM', 'POP3', 'POP3', '[{"protocol":"TCP","destinationPorts":["110"]}]'),
    ('947fab05-170e-54c1-ba34-931980a39cef', 'SYSTEM', 'KERBEROS', 'KERBEROS', '[{"protocol":"TCP","destinationPorts":["88"]}]'),
    ('c5507d4f-f0be-500d-af21-c61144fe091b', 'SYSTEM', 'VMware-VC-WebAccess', 'VMware-VC-WebAccess', '[{"protocol":"TCP","destinationPorts":["9443"]}]'),
    ('37abf499-6116-525b-b71c-1b759f12ac8a', 'SYSTEM', 'HTTP-ALT', 'HTTP-ALT', '[{"protocol":"TCP","destinationPorts":["8080"]}]'),
    ('ddea6f67-b29b-5d17-9f94-a3d783640810', 'SYSTEM', 'Squid Proxy', 'Squid Proxy', '[{"protocol":"TCP","destinationPorts":["3128"]}]');
