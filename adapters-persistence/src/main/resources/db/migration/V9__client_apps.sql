-- Client apps (domain ClientApp): each belongs to one tenant and sets the policies of the sessions opened
-- through it. Its secrets are never stored in plain: the client secret as a keyed hash, the signing secret
-- sealed with the data key. role_names keeps its order: a JSON array of [name, word] pairs.
create table client_apps (
    id text primary key check (id ~ '^[a-z0-9-]{3,40}$'),
    tenant_id bigint not null references tenants (id),
    name text not null,
    dialect text not null,
    tenants text not null,
    access_ttl integer,
    refresh text not null,
    logout text not null,
    signing text not null,
    language text not null,
    role_names text not null default '[]',
    origins text not null default '[]',
    kind text not null,
    secret_hash text,
    signing_secret text,
    created_at timestamptz not null default now()
);
create index client_apps_by_tenant on client_apps (tenant_id, id);
