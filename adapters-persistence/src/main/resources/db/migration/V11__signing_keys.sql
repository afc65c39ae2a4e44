-- Each tenant's ES256 (P-256) signing keys (domain KeyRing): the public point as a JWK writes it, the private key
-- (PKCS#8) sealed with the data key and bound to the key's id, and the times its state follows from.
create table signing_keys (
    id text primary key check (id ~ '^[A-Za-z0-9_-]{8,64}$'),
    tenant_id bigint not null references tenants (id),
    generation integer not null check (generation >= 1),
    created_at timestamptz not null,
    signs_from timestamptz not null,
    revoked_at timestamptz,
    x text not null,
    y text not null,
    private_key bytea not null,
    unique (tenant_id, generation)
);

-- When the first tenant key was made: tokens signed the old way, with the server's secret, are believed only if
-- they were issued before it (domain ServerSecretTokens). One row, written once, never deleted.
create table tenant_keys_since (
    only_row boolean primary key default true check (only_row),
    since timestamptz not null
);
