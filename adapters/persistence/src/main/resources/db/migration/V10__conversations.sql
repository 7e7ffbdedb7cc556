-- Conversations with contacts (OpenPhone texts and calls), the CRM's do-not-text list, and provider contact links.
--   conversations           one per contact, made with its first text or call: the inbox row (last activity,
--                           preview and its direction, unread count, has calls / media) and search_doc, the
--                           contact's names, phone digits and email, kept by a statement-level trigger on contacts
--                           (an update that changes none of these writes nothing). Goes with its contact.
--   messages                texts, once per provider id (null until the provider accepted an outbound text, so a
--                           queued text can be claimed by the provider's first report of it). created_at is the
--                           provider's time (the CRM's for a text typed here), recorded_at when the CRM stored it,
--                           status_at when its status last moved. The inbox search also matches bodies through a
--                           trigram index here.
--   calls                   calls, once per provider id; status only moves forward (decided by the application).
--   call_artifacts          recordings, summaries, transcripts and voicemails, one of each kind per provider call id,
--                           with no foreign key because they can arrive before the call. lines is a json array of
--                           {label, start, text}.
--   suppressions            numbers that must not be texted, with the opt-out that put each on the list.
--   opt_out_changes         audit of every opt-out and opt-in; a message makes each change at most once, so a
--                           replayed event audits nothing.
--   provider_contact_links  which CRM contact each OpenPhone address-book contact is linked to.
-- Writers of a contact's messages and calls first lock the contact row (for no key update), so the read-then-write
-- steps of recording a provider report never race within a contact; the unique constraints still decide the rest.

create table conversations (
    id               bigint      generated always as identity primary key,
    contact_id       bigint      not null constraint conversations_contact_id_key unique
                                 references contacts (id) on delete cascade,
    last_activity_at timestamptz not null,
    preview          text        not null default '',
    last_direction   text        constraint conversations_last_direction_check
                                 check (last_direction in ('inbound', 'outbound')),
    unread           integer     not null default 0 constraint conversations_unread_check check (unread >= 0),
    has_calls        boolean     not null default false,
    has_media        boolean     not null default false,
    search_doc       text        not null default ''
);

-- The inbox: newest activity first, and the same order over the few conversations with unread, calls or media.
create index conversations_activity_idx on conversations (last_activity_at desc, id desc);
create index conversations_unread_idx on conversations (last_activity_at desc, id desc) where unread > 0;
create index conversations_calls_idx on conversations (last_activity_at desc, id desc) where has_calls;
create index conversations_media_idx on conversations (last_activity_at desc, id desc) where has_media;
-- Search by a fragment of the name, phone digits or email: ILIKE '%text%' on search_doc.
create index conversations_search_trgm_idx on conversations using gin (search_doc gin_trgm_ops);

create function conversation_search_doc(first_name text, last_name text, phone text, email text) returns text
    language sql immutable as $$
    select coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' '
           || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') || ' ' || coalesce(email, '')
$$;

create function conversation_search_updated() returns trigger language plpgsql as $$
begin
    update conversations v
    set search_doc = n.doc
    from (select id, conversation_search_doc(first_name, last_name, phone, email) as doc from new_rows) n
    where v.contact_id = n.id
      and v.search_doc is distinct from n.doc;
    return null;
end
$$;

create trigger contacts_conversation_search_update after update on contacts
    referencing new table as new_rows for each statement execute function conversation_search_updated();

create table messages (
    id              bigint      generated always as identity primary key,
    conversation_id bigint      not null references conversations (id) on delete cascade,
    contact_id      bigint      not null references contacts (id) on delete cascade,
    provider_id     text        constraint messages_provider_id_key unique,
    direction       text        not null constraint messages_direction_check
                                check (direction in ('inbound', 'outbound')),
    body            text        not null default '',
    media           jsonb       not null default '[]',
    status          text        not null constraint messages_status_check
                                check (status in ('queued', 'sent', 'delivered', 'undelivered', 'failed', 'received')),
    error_code      text,
    error_message   text,
    sent_by         bigint      references users (id) on delete set null,
    created_at      timestamptz not null,
    recorded_at     timestamptz not null,
    status_at       timestamptz not null
);

-- The timeline: a contact's newest texts.
create index messages_contact_time_idx on messages (contact_id, created_at desc, id desc);
-- Outbound texts not yet accepted by the provider, which its first report of them claims.
create index messages_unclaimed_idx on messages (contact_id, created_at, id)
    where provider_id is null and direction = 'outbound';
create index messages_conversation_idx on messages (conversation_id);
create index messages_sent_by_idx on messages (sent_by) where sent_by is not null;
-- Inbox search over message text: ILIKE '%text%' on body.
create index messages_body_trgm_idx on messages using gin (body gin_trgm_ops);

create table calls (
    id               bigint      generated always as identity primary key,
    conversation_id  bigint      not null references conversations (id) on delete cascade,
    contact_id       bigint      not null references contacts (id) on delete cascade,
    provider_id      text        not null constraint calls_provider_id_key unique,
    direction        text        not null constraint calls_direction_check check (direction in ('inbound', 'outbound')),
    status           text        not null constraint calls_status_check
                                 check (status in ('ringing', 'answered', 'forwarded', 'completed', 'missed')),
    started_at       timestamptz not null,
    answered_at      timestamptz,
    answered_by      text,
    completed_at     timestamptz,
    duration_seconds integer     constraint calls_duration_check check (duration_seconds >= 0),
    forwarded_from   text,
    forwarded_to     text,
    recorded_at      timestamptz not null
);

create index calls_contact_time_idx on calls (contact_id, started_at desc, id desc);
create index calls_conversation_idx on calls (conversation_id);

create table call_artifacts (
    id               bigint      generated always as identity primary key,
    call_provider_id text        not null,
    kind             text        not null constraint call_artifacts_kind_check
                                 check (kind in ('recording', 'summary', 'transcript', 'voicemail')),
    url              text,
    content_type     text,
    duration_seconds integer,
    lines            jsonb       not null default '[]',
    created_at       timestamptz not null,
    recorded_at      timestamptz not null,
    constraint call_artifacts_call_kind_key unique (call_provider_id, kind)
);

create table suppressions (
    phone               text        primary key,
    contact_id          bigint      references contacts (id) on delete set null,
    keyword             text        not null,
    message_provider_id text,
    message_text        text,
    suppressed_at       timestamptz not null
);

create index suppressions_contact_idx on suppressions (contact_id) where contact_id is not null;

create table opt_out_changes (
    id                  bigint      generated always as identity primary key,
    phone               text        not null,
    contact_id          bigint      references contacts (id) on delete set null,
    change              text        not null constraint opt_out_changes_change_check check (change in ('opt_out', 'opt_in')),
    keyword             text        not null,
    message_provider_id text,
    message_text        text,
    at                  timestamptz not null
);

create unique index opt_out_changes_message_key on opt_out_changes (message_provider_id, change)
    where message_provider_id is not null;
create index opt_out_changes_phone_idx on opt_out_changes (phone, at desc, id desc);
create index opt_out_changes_contact_idx on opt_out_changes (contact_id) where contact_id is not null;

create table provider_contact_links (
    provider_contact_id text   primary key,
    contact_id          bigint not null references contacts (id) on delete cascade
);

create index provider_contact_links_contact_idx on provider_contact_links (contact_id);

-- The dead-letter screen lists dead webhook events newest first.
create index webhook_events_dead_idx on webhook_events (received_at desc, id desc) where status = 'dead';
