-- NSX-T Advanced Load Balancer (Avi) controllers vCD has registered (cloudapi loadBalancer/controllers), system
-- administrators' business. A name and a URL are each one controller's; the password is not kept (the simulated
-- controller takes any credentials, and vCD never shows it). license_type is the BASIC or ENTERPRISE a client of
-- API < 37.0 sets (NULL: none set; later APIs have no such field).
CREATE TABLE alb_controller (
    id            UUID PRIMARY KEY,
    name          VARCHAR(128) NOT NULL,
    name_key      VARCHAR(128) NOT NULL UNIQUE,
    description   VARCHAR(1024),
    url           VARCHAR(512) NOT NULL,
    url_key       VARCHAR(512) NOT NULL UNIQUE,
    username      VARCHAR(128) NOT NULL,
    license_type  VARCHAR(16),
    created       TIMESTAMP WITH TIME ZONE NOT NULL
);
