-- The dashboard reads the last 30 days of texts on every view: campaign texts sent and replies by day (and sent
-- today), and every message by day. Without these indexes each view scanned campaign_recipients and messages whole.
create index campaign_recipients_sent_at_idx on campaign_recipients (sent_at) where sent_at is not null;
create index campaign_recipients_replied_at_idx on campaign_recipients (replied_at) where replied_at is not null;
create index messages_created_at_idx on messages (created_at);
