-- Tenant 1 grown to 500 units in 5 branches and 100,000 more people, spread evenly over the units
-- (about 200 per unit), for the scoped users list. Run in the bench server's schema after it loaded the demo.
insert into branches (tenant_id, company_id, name) select 1, 1, 'Cabang ' || g from generate_series(2, 5) g;
insert into units (tenant_id, branch_id, name)
select 1, b.id, 'Unit ' || g
  from generate_series(4, 500) g
  join (select id, row_number() over (order by id) - 1 as n from branches where tenant_id = 1) b on b.n = g % 5;
insert into users (tenant_id, user_identity, email, name, password_hash, unit_id)
select 1, 'b' || g, 'b' || g || '@bench.example', 'Bench ' || g,
       (select password_hash from users where id = 2),
       (select array_agg(id order by id) from units where tenant_id = 1)[1 + g % 500]
  from generate_series(1, 100000) g;
-- a branch-level PRODI ADMIN over the ~100 units of the second branch (~20,000 people)
insert into users (tenant_id, user_identity, email, name, password_hash, unit_id)
select 1, 'branchadmin', 'branchadmin@bench.example', 'Branch Admin', password_hash, null from users where id = 2;
insert into role_assignments (tenant_id, user_id, role_id, level, company_id, branch_id)
select 1, u.id, 3, 'branch', 1, (select id from branches where tenant_id = 1 order by id offset 1 limit 1)
  from users u where u.user_identity = 'branchadmin';
analyze;
