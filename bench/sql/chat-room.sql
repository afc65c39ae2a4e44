-- A task room of 200 members for the chat load: task 2 of unit 2, owned by Naruto, with 200 bench people
-- (identities c1..c200, the demo password) who may all comment.
insert into users (tenant_id, user_identity, email, name, password_hash, unit_id)
select 1, 'c' || g, 'c' || g || '@chat.example', 'Chat ' || g, (select password_hash from users where id = 2), 2
  from generate_series(1, 200) g;
insert into tasks (tenant_id, unit_id, title, owner_id) values (1, 2, 'Bench room', 2);
insert into task_members (task_id, user_id, is_owner, can_comment)
select (select id from tasks where title = 'Bench room'), 2, true, true;
insert into task_members (task_id, user_id, can_comment)
select (select id from tasks where title = 'Bench room'), id, true from users where user_identity like 'c%';
