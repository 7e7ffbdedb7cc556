-- Invite-only sign-in: the people who can sign in, the invites that let them join, and their browser sessions.
-- Roles are lower-case text codes (Role.code()); a new role is a migration that widens the two role checks.

-- People who can sign in. Emails are stored trimmed and lower-case; the unique index on lower(email) guards anyway.
create table users (
    id            bigint      generated always as identity primary key,
    email         text        not null,
    first_name    text        not null,
    last_name     text        not null,
    password_hash text        not null,
    role          text        not null constraint users_role_check check (role in ('admin', 'marketer')),
    active        boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    last_login_at timestamptz
);

create unique index users_email_key on users (lower(email));

-- Invitations by the hash of their one-time token. A null email is a first-admin setup link made by an operator.
create table invites (
    id         bigint      generated always as identity primary key,
    email      text,
    role       text        not null constraint invites_role_check check (role in ('admin', 'marketer')),
    token_hash text        not null constraint invites_token_hash_key unique,
    invited_by bigint      references users (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz,
    used_by    bigint      references users (id)
);

-- The invites screen and setup-link revocation read only invites neither used nor revoked, newest first.
create index invites_pending_idx on invites (created_at desc) where used_at is null and revoked_at is null;

-- Server-side sessions by the hash of the cookie's random id; they go with their user.
create table sessions (
    id_hash    text        primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    csrf_token text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);

create index sessions_user_id_idx on sessions (user_id);
create index sessions_expires_at_idx on sessions (expires_at);
-- The purge deletes sessions that expired or were revoked before a cutoff.
create index sessions_revoked_at_idx on sessions (revoked_at) where revoked_at is not null;
