-- Name and email search over a narrow copy of what it reads: contact_search holds each contact's search text
-- (first name, last name, email), creation time and the filters that rarely change (has email, opted out,
-- customer, lead source lower-cased or ''), about 100 bytes a row, so the trigram index's candidates are re-checked
-- in a table that stays in memory instead of in the wide contacts table, and a search page sorted by creation gets
-- its rows and its total from one pass over the matches. Kept by statement-level triggers on contacts (an update
-- that changes none of these writes nothing); a contact's row goes with it.

create table contact_search (
    contact_id  bigint      primary key references contacts (id) on delete cascade,
    doc         text        not null,
    created_at  timestamptz not null,
    has_email   boolean     not null,
    opted_out   boolean     not null,
    customer    boolean     not null,
    lead_source text        not null
);

insert into contact_search (contact_id, doc, created_at, has_email, opted_out, customer, lead_source)
select id, coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, ''), created_at,
       email is not null, opted_out_at is not null, customer_since is not null, coalesce(lower(lead_source), '')
from contacts;

-- Search by a fragment of the text: ILIKE '%text%' on doc.
create index contact_search_doc_trgm_idx on contact_search using gin (doc gin_trgm_ops);
drop index contacts_search_trgm_idx;

create function contact_search_inserted() returns trigger language plpgsql as $$
begin
    insert into contact_search (contact_id, doc, created_at, has_email, opted_out, customer, lead_source)
    select id, coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, ''), created_at,
           email is not null, opted_out_at is not null, customer_since is not null, coalesce(lower(lead_source), '')
    from new_rows;
    return null;
end
$$;

create function contact_search_updated() returns trigger language plpgsql as $$
begin
    update contact_search s
    set doc = n.doc, has_email = n.has_email, opted_out = n.opted_out, customer = n.customer,
        lead_source = n.lead_source
    from (select id, coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') as doc,
                 email is not null as has_email, opted_out_at is not null as opted_out,
                 customer_since is not null as customer, coalesce(lower(lead_source), '') as lead_source
          from new_rows) n
    where s.contact_id = n.id
      and (s.doc, s.has_email, s.opted_out, s.customer, s.lead_source)
          is distinct from (n.doc, n.has_email, n.opted_out, n.customer, n.lead_source);
    return null;
end
$$;

create trigger contacts_search_insert after insert on contacts
    referencing new table as new_rows for each statement execute function contact_search_inserted();
create trigger contacts_search_update after update on contacts
    referencing new table as new_rows for each statement execute function contact_search_updated();
