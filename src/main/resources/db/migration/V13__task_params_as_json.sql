-- Task parameters are JSON records (TaskEngine.register(operation, ParamsClass, work)). Tasks started
-- before kept some as text: a power operation as 'POWER_ON,false,false' (power, powerOn, suspend), a
-- vApp creation as 'true,false' (deploy, powerOn), an org deletion as 'recursive' or nothing. Those
-- not finished yet are rewritten, so that their work still reads them after the upgrade.
UPDATE task SET params = '{"power":"'
        || REPLACE(REPLACE(REPLACE(REPLACE(params, ',true,true', ''), ',true,false', ''), ',false,true', ''),
                   ',false,false', '')
        || '","powerOn":' || CASE WHEN params LIKE '%,true,%' THEN 'true' ELSE 'false' END
        || ',"suspend":' || CASE WHEN params LIKE '%,true' THEN 'true' ELSE 'false' END || '}'
WHERE status IN ('queued', 'preRunning', 'running') AND params NOT LIKE '{%'
  AND operation_name IN ('vappDeploy', 'vappPowerOff', 'vappReset', 'vappRebootGuest', 'vappShutdownGuest',
                         'vappSuspend', 'vappDiscardSuspendedState', 'vappUndeployPowerOff');

UPDATE task SET params = '{"deploy":' || CASE WHEN params LIKE 'true,%' THEN 'true' ELSE 'false' END
        || ',"powerOn":' || CASE WHEN params LIKE '%,true' THEN 'true' ELSE 'false' END || '}'
WHERE status IN ('queued', 'preRunning', 'running') AND params NOT LIKE '{%'
  AND operation_name IN ('vdcInstantiateVapp', 'vdcComposeVapp');

UPDATE task SET params = '{"recursive":' || CASE WHEN params = 'recursive' THEN 'true' ELSE 'false' END || '}'
WHERE status IN ('queued', 'preRunning', 'running') AND operation_name = 'orgDelete'
  AND (params IS NULL OR params NOT LIKE '{%');
