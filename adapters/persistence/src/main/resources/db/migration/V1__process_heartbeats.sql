-- The newest heartbeat of each CRM process (serve, worker, scheduler), upserted by process id.
create table process_heartbeats (
    process_id  text        primary key,
    role        text        not null check (role in ('serve', 'worker', 'scheduler')),
    host        text        not null,
    version     text        not null,
    started_at  timestamptz not null,
    sent_at     timestamptz not null,
    received_at timestamptz not null,
    updated_at  timestamptz not null default now()
);

create index process_heartbeats_role_received_at_idx on process_heartbeats (role, received_at desc);
