-- Extension services (vmext:Service) and the API filters whose requests are forwarded to them over AMQP.
CREATE TABLE extension_service (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(128) NOT NULL,
    description           VARCHAR(4096),
    namespace             VARCHAR(128) NOT NULL UNIQUE,
    enabled               BOOLEAN NOT NULL,
    authorization_enabled BOOLEAN NOT NULL,
    routing_key           VARCHAR(255) NOT NULL,
    priority              INTEGER NOT NULL,
    exchange              VARCHAR(255) NOT NULL,
    vendor                VARCHAR(255),
    created               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_filter (
    id                    UUID PRIMARY KEY,
    service_id            UUID NOT NULL REFERENCES extension_service (id) ON DELETE CASCADE,
    url_pattern           VARCHAR(1024),
    response_content_type VARCHAR(255),
    created               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_filter_service ON api_filter (service_id);
