-- Webhook deliveries (OpenPhone), kept once each.
--   webhook_events      every verified delivery, once per provider event id (a redelivery inserts nothing: the
--                       unique constraint decides, so concurrent redeliveries cannot both be stored). payload is
--                       the body exactly as signed. status moves received -> processed, or failed (retrying) ->
--                       dead after the last attempt.
--   webhook_rejections  deliveries that were signed correctly but could not be read (malformed JSON, no event id),
--                       kept with the reason for an operator to look at.

create table webhook_events (
    id           bigint      generated always as identity primary key,
    event_id     text        not null constraint webhook_events_event_id_key unique,
    type         text        not null,
    scheme       text        not null constraint webhook_events_scheme_check check (scheme in ('legacy', 'standard')),
    payload      jsonb       not null,
    status       text        not null default 'received'
        constraint webhook_events_status_check check (status in ('received', 'processed', 'failed', 'dead')),
    attempts     int         not null default 0 constraint webhook_events_attempts_check check (attempts >= 0),
    last_error   text,
    received_at  timestamptz not null,
    processed_at timestamptz
);

create index webhook_events_received_at_idx on webhook_events (received_at desc, id desc);

create index webhook_events_pending_idx on webhook_events (status, received_at)
    where status in ('received', 'failed');

create table webhook_rejections (
    id          bigint      generated always as identity primary key,
    raw_body    text        not null,
    reason      text        not null,
    received_at timestamptz not null
);
