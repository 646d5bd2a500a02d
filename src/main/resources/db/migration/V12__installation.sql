-- What every cell of one installation must agree on and that is no object of the simulated cloud
-- (so saved states, loads and resets leave it alone): the key that signs access tokens, so a token
-- one cell issued is good on every other, and the identity of the shared upload spool.
CREATE TABLE installation (
    name    VARCHAR(64) PRIMARY KEY,
    text    VARCHAR(256) NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL
);
