-- The tenant's syslog server of an NSX-V edge (configureSyslogServerSettings); its form factor was already kept.
ALTER TABLE edge_gateway ADD COLUMN tenant_syslog_ip VARCHAR(45);
