-- The keys that sign access tokens, rotated: the newest signs, the others still verify the tokens
-- they signed until they are retired. The one key the installation had becomes the first.
CREATE TABLE token_key (
    id      VARCHAR(64) PRIMARY KEY,
    secret  VARCHAR(128) NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO token_key (id, secret, created)
    SELECT 'k0', text, created FROM installation WHERE name = 'tokens.key';
DELETE FROM installation WHERE name = 'tokens.key';
