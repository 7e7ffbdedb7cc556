-- campaign_recipients.request_started_at: when the send's first request that may have reached the provider was about
-- to leave (stamped, committed on its own, after the rate slot and before the HTTP request; cleared by each claim). A
-- recipient whose lease ran out without it provably never reached the provider and goes back to pending; one with it
-- is reconciled against the provider's history as before.
alter table campaign_recipients add column request_started_at timestamptz;

-- Claims and unknown sends from before this column existed may have reached the provider: never resend them.
update campaign_recipients set request_started_at = coalesce(enqueued_at, created_at)
where status in ('sending', 'unknown');
