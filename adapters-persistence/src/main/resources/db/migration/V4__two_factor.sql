-- Two-factor sign-in: the TOTP secret (AES-GCM, never in clear) of a user who has it on, or one awaiting its
-- first code, and the one-time recovery codes, only as keyed hashes.
alter table users add column totp_secret bytea, add column totp_pending bytea;

create table recovery_codes (
    user_id   bigint      not null references users (id) on delete cascade,
    code_hash bytea       not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
