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

-- Managing them is a permission of its own. The permissions the service checks are written here, so that a
-- database without the demo data has them too (a new tenant's administrator role gets every known permission),
-- and every tenant's administrator role holds the new one.
insert into permissions (name, description) values
    ('auth.sessions.manage', 'See and end the sessions of any user of the tenant'),
    ('users.read', 'List and read users'),
    ('users.write', 'Create and change users'),
    ('roles.read', 'List roles'),
    ('roles.write', 'Create roles'),
    ('roles.assign', 'Give and take role assignments'),
    ('tasks.read', 'List and read tasks'),
    ('tasks.write', 'Create tasks'),
    ('tasks.manage', 'Manage any task of the scope'),
    ('clients.manage', 'Manage the client apps of the tenant')
on conflict (name) do nothing;
insert into role_permissions (role_id, permission)
    select r.id, 'clients.manage' from roles r
    where r.name = 'CONSOLE ADMIN'
      and not exists (select 1 from role_permissions rp where rp.role_id = r.id and rp.permission = 'clients.manage');
