-- The contract's demo data. :hash is replaced by a bcrypt hash of "password123" at load time.
insert into tenants (id, name, type, is_active) values
    (1, 'PT. Huminor Tech', 'internal', true),
    (2, 'PT. Mitra Lain', 'partner', true),
    (3, 'PT. Nonaktif', 'partner', false);

insert into companies (id, tenant_id, name) values
    (1, 1, 'PT. Huminor Tech'),
    (2, 2, 'PT. Mitra Lain'),
    (3, 3, 'PT. Nonaktif');

insert into branches (id, tenant_id, company_id, name) values
    (1, 1, 1, 'Pusat'),
    (2, 2, 2, 'Pusat Mitra'),
    (3, 3, 3, 'Pusat Nonaktif');

insert into units (id, tenant_id, branch_id, name, code) values
    (1, 1, 1, 'Dewa', 'DEWA'),
    (2, 1, 1, 'Teknik Informatika', 'TI'),
    (3, 1, 1, 'Sistem Informasi', 'SI');

-- The permissions the service checks are written by migration V9; the demo's menu adds one of its own.
insert into permissions (name, description) values ('modules.manage', 'Manage the module menu');

insert into roles (id, tenant_id, name, description) values
    (1, 1, 'CONSOLE ADMIN', 'Console admin role for manage system'),
    (2, 1, 'USER', 'A member of staff or a student'),
    (3, 1, 'PRODI ADMIN', 'Administers one study programme'),
    (4, 2, 'CONSOLE ADMIN', 'Console admin role for manage system'),
    (5, 3, 'USER', 'A member of staff or a student');

insert into role_permissions (role_id, permission)
    select r.id, p.name from roles r cross join permissions p where r.name = 'CONSOLE ADMIN';
insert into role_permissions (role_id, permission) values
    (2, 'tasks.read'), (2, 'tasks.write'),
    (5, 'tasks.read'), (5, 'tasks.write'),
    (3, 'users.read'), (3, 'users.write'), (3, 'tasks.read'), (3, 'tasks.write'), (3, 'tasks.manage');

insert into users (id, tenant_id, user_identity, email, name, password_hash, is_active, unit_id) values
    (1, 1, '800000001', 'hasbi@company.com',    'Hasbi Due',       :hash, true,  null),
    (2, 1, '100000001', 'naruto@company.com',   'Naruto Uzumaki',  :hash, true,  2),
    (3, 1, '100000002', 'sakura@company.com',   'Sakura Haruno',   :hash, true,  3),
    (4, 1, '100000003', 'kakashi@company.com',  'Kakashi Hatake',  :hash, true,  2),
    (5, 1, '100000009', 'inactive@company.com', 'Lama Nonaktif',   :hash, false, 2),
    (6, 2, '900000001', 'mitra@lain.com',       'Mitra Satu',      :hash, true,  null),
    (7, 3, '700000001', 'nonaktif@tenant.com',  'Tenant Nonaktif', :hash, true,  null);

insert into role_assignments (tenant_id, user_id, role_id, level, company_id, branch_id, unit_id) values
    (1, 1, 1, 'company', 1, null, null),
    (1, 2, 2, 'unit',    1, 1,    2),
    (1, 3, 2, 'unit',    1, 1,    3),
    (1, 4, 3, 'unit',    1, 1,    2),
    (1, 5, 2, 'unit',    1, 1,    2),
    (2, 6, 4, 'company', 2, null, null),
    (3, 7, 5, 'company', 3, null, null);

insert into modules (group_name, name, path, icon, description, permission, sort_order) values
    ('Dashboard', 'Dashboard', '/dashboard', 'Home', 'Start page', null, 1),
    ('Tasks', 'Tasks', '/tasks', 'Tasks', 'Tasks and their chat rooms', 'tasks.read', 10),
    ('Tasks', 'Create Task', '/tasks/create', 'TaskAdd', 'Create a new task', 'tasks.write', 11),
    ('User Management', 'Users', '/users', 'Users', 'Manage users', 'users.read', 20),
    ('User Management', 'Create User', '/users/create', 'UserAdd', 'Create a new user', 'users.write', 21),
    ('User Management', 'Roles', '/roles', 'Roles', 'Manage roles', 'roles.read', 22),
    ('Module Management', 'Module Management', '/module', 'Test', 'Manage modules on huminor system', 'modules.manage', 30),
    ('Module Management', 'Create Modules', '/module/create-module', 'TestChild', 'Create new module', 'modules.manage', 31),
    ('Sessions', 'Active Sessions', '/sessions', 'Sessions', 'See and end sessions of the tenant', 'auth.sessions.manage', 40);

-- Task 1 of unit 2: Naruto owns it, Kakashi comments, Sakura reads only.
insert into tasks (id, tenant_id, unit_id, title, owner_id) values (1, 1, 2, 'Peluncuran', 2);
insert into task_members (task_id, user_id, is_owner, can_comment) values
    (1, 2, true, true), (1, 4, false, true), (1, 3, false, false);
insert into task_activity (task_id, user_id, kind, detail) values (1, 2, 'task_created', 'Peluncuran');

-- Identities continue after the fixed demo ids.
select setval(pg_get_serial_sequence('tenants', 'id'), (select max(id) from tenants));
select setval(pg_get_serial_sequence('companies', 'id'), (select max(id) from companies));
select setval(pg_get_serial_sequence('branches', 'id'), (select max(id) from branches));
select setval(pg_get_serial_sequence('units', 'id'), (select max(id) from units));
select setval(pg_get_serial_sequence('roles', 'id'), (select max(id) from roles));
select setval(pg_get_serial_sequence('users', 'id'), (select max(id) from users));
select setval(pg_get_serial_sequence('tasks', 'id'), (select max(id) from tasks));
