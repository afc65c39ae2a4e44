-- Keyset pages of a whole tenant's users (a tenant-wide scope) walk this index.
create index users_tenant_id on users (tenant_id, id);
