-- Two tenants never share a name, whatever its case: the operator names a tenant when opening it.
create unique index tenants_name_unique on tenants (lower(name));
