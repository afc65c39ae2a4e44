-- Identities and e-mails are kept in their canonical form (domain: UserIdentity, Email): lower case, and an
-- identity of digits only without leading zeros. Rows written before are brought to it where that makes no
-- two alike; a row that would collide keeps its old form (and an operator resolves the pair by hand).
update users u set user_identity = lower(u.user_identity)
 where u.user_identity <> lower(u.user_identity)
   and not exists (select 1 from users o where o.tenant_id = u.tenant_id and o.user_identity = lower(u.user_identity));
update users u set user_identity = coalesce(nullif(ltrim(u.user_identity, '0'), ''), '0')
 where u.user_identity ~ '^0[0-9]+$'
   and not exists (select 1 from users o where o.tenant_id = u.tenant_id
                      and o.user_identity = coalesce(nullif(ltrim(u.user_identity, '0'), ''), '0'));
