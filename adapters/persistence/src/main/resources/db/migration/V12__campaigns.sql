-- SMS campaigns and their recipients.
--   campaigns            one campaign: its audience (exactly one of a campaign list or a saved filter, neither of which
--                        can be deleted while a campaign uses it), message A and optional message B (template text),
--                        daily limit, sending window (days as 'MON,TUE,...', wall-clock start and end in window_zone),
--                        the skip options, and its lifecycle (status and the times it was scheduled, started, finished).
--   campaign_recipients  the audience as snapshotted at launch, once per campaign and contact: the variant and the body
--                        rendered for it (null when excluded), or why the contact is excluded; then the send's progress
--                        (pending -> sending under a lease -> sent with the provider's message id -> delivered / failed;
--                        unknown when a lease ran out unanswered) and the reply and opt-out attributed to the campaign.
--                        phone is kept so the row still says whom it was for after the contact is deleted.
--   messages.campaign_id the campaign whose send wrote the conversation message.

create table campaigns (
    id                      bigint      generated always as identity primary key,
    name                    text        not null constraint campaigns_name_check check (length(name) between 1 and 100),
    status                  text        not null constraint campaigns_status_check
                                        check (status in ('draft', 'scheduled', 'running', 'paused', 'completed',
                                                          'cancelled')),
    audience_list_id        bigint      references campaign_lists (id) on delete restrict,
    audience_filter_id      bigint      references saved_filters (id) on delete restrict,
    message_a               text        not null constraint campaigns_message_a_check check (length(message_a) >= 1),
    message_b               text        constraint campaigns_message_b_check check (length(message_b) >= 1),
    daily_limit             integer     not null constraint campaigns_daily_limit_check
                                        check (daily_limit between 1 and 10000),
    window_days             text        not null constraint campaigns_window_days_check
                                        check (window_days ~ '^(MON|TUE|WED|THU|FRI|SAT|SUN)(,(MON|TUE|WED|THU|FRI|SAT|SUN))*$'),
    window_start            time        not null,
    window_end              time        not null,
    window_zone             text        not null,
    skip_in_other_running   boolean     not null default false,
    skip_texted_within_days integer     constraint campaigns_skip_texted_check
                                        check (skip_texted_within_days between 1 and 365),
    scheduled_at            timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    started_at              timestamptz,
    finished_at             timestamptz,
    created_by              bigint      references users (id) on delete set null,
    constraint campaigns_audience_check check ((audience_list_id is null) <> (audience_filter_id is null)),
    constraint campaigns_window_check check (window_start < window_end),
    constraint campaigns_scheduled_check check (status <> 'scheduled' or scheduled_at is not null)
);

-- The campaigns page, newest first, overall and by status; the scheduler's due and running campaigns.
create index campaigns_created_idx on campaigns (created_at desc, id desc);
create index campaigns_status_idx on campaigns (status, created_at desc, id desc);
create index campaigns_due_idx on campaigns (scheduled_at) where status = 'scheduled';
-- Deleting a list or filter checks (restrict) whether a campaign uses it.
create index campaigns_audience_list_idx on campaigns (audience_list_id) where audience_list_id is not null;
create index campaigns_audience_filter_idx on campaigns (audience_filter_id) where audience_filter_id is not null;
create index campaigns_created_by_idx on campaigns (created_by) where created_by is not null;

create table campaign_recipients (
    id                  bigint      generated always as identity primary key,
    campaign_id         bigint      not null references campaigns (id) on delete cascade,
    contact_id          bigint      references contacts (id) on delete set null,
    phone               text,
    variant             text        not null constraint campaign_recipients_variant_check check (variant in ('a', 'b')),
    status              text        not null constraint campaign_recipients_status_check
                                    check (status in ('pending', 'excluded', 'sending', 'sent', 'delivered', 'failed',
                                                      'unknown')),
    exclusion_kind      text        constraint campaign_recipients_exclusion_kind_check
                                    check (exclusion_kind in ('suppressed', 'do_not_contact', 'no_valid_phone',
                                                              'recently_texted', 'in_another_campaign',
                                                              'unresolved_token')),
    exclusion_detail    text,
    body                text,
    enqueued_at         timestamptz,
    lease_until         timestamptz,
    attempts            integer     not null default 0 constraint campaign_recipients_attempts_check
                                    check (attempts >= 0),
    claimed_by          text,
    message_id          bigint      references messages (id) on delete set null,
    provider_message_id text,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    failed_at           timestamptz,
    failure_code        text,
    failure_reason      text,
    replied_at          timestamptz,
    opted_out_at        timestamptz,
    created_at          timestamptz not null,
    constraint campaign_recipients_contact_key unique (campaign_id, contact_id),
    -- Excluded rows say why and carry no body; every other row has a body and no exclusion.
    constraint campaign_recipients_exclusion_check check (
        (status = 'excluded') = (exclusion_kind is not null)
        and (status = 'excluded') = (body is null)),
    -- A message that was never rendered for someone without a phone cannot be sent.
    constraint campaign_recipients_phone_check check (status = 'excluded' or phone is not null),
    constraint campaign_recipients_lease_check check (status <> 'sending' or lease_until is not null)
);

-- The scheduler's next pending recipients of a campaign, in id order.
create index campaign_recipients_pending_idx on campaign_recipients (campaign_id, id) where status = 'pending';
-- Delivery reports find the row by the provider's message id.
create index campaign_recipients_provider_idx on campaign_recipients (provider_message_id)
    where provider_message_id is not null;
-- Claims whose lease ran out.
create index campaign_recipients_lease_idx on campaign_recipients (lease_until) where status = 'sending';
-- Reply and opt-out attribution: a contact's recipient rows that were sent, newest first.
create index campaign_recipients_contact_sent_idx on campaign_recipients (contact_id, sent_at desc)
    where sent_at is not null;
-- "In another running campaign": a contact's rows by status.
create index campaign_recipients_contact_idx on campaign_recipients (contact_id, status);
-- The campaign page: recipients by status in id order (and the stats).
create index campaign_recipients_status_idx on campaign_recipients (campaign_id, status, id);
create index campaign_recipients_message_idx on campaign_recipients (message_id) where message_id is not null;

alter table messages add column campaign_id bigint references campaigns (id) on delete set null;

create index messages_campaign_idx on messages (campaign_id) where campaign_id is not null;
