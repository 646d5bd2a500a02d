-- What an advanced NSX-V edge and its VDC hold on vCD's /network proxy of the NSX-V manager: one XML document per
-- section (nat, firewall, loadBalancer, relay of an edge; the ipsets of a VDC), as NSX-V keeps an edge's
-- configuration. They go with their edge or VDC.
CREATE TABLE nsxv_edge_config (
    edge_id UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    section VARCHAR(32) NOT NULL,
    body    VARCHAR(262144) NOT NULL,
    PRIMARY KEY (edge_id, section)
);

CREATE TABLE nsxv_vdc_config (
    vdc_id  UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    section VARCHAR(32) NOT NULL,
    body    VARCHAR(262144) NOT NULL,
    PRIMARY KEY (vdc_id, section)
);
