-- Filtered totals of the contact list without counting a million rows.
-- contacts.property_count: how many properties each contact is linked to, kept by triggers on property_contacts
-- (it also spares the list a correlated count per row). contact_counts: how many contacts fall in each combination
-- of the list's filters (lead source, has email, has property, opted out, customer), kept by statement-level
-- triggers on contacts; a filter made only of these is answered by summing a few dozen rows.
-- An update that moves no contact between combinations writes nothing; one that does locks the combinations it
-- touches until it commits, always in key order.

alter table contacts add column property_count integer not null default 0
    constraint contacts_property_count_check check (property_count >= 0);

update contacts c set property_count = l.n
from (select contact_id, count(*) as n from property_contacts group by contact_id) l
where c.id = l.contact_id;

-- An import batch sets crm.import_links_counted for its own statements: it inserts new contacts with the links
-- they will get and corrects every difference itself, sparing each new contact a second write.
create function property_links_inserted() returns trigger language plpgsql as $$
begin
    if current_setting('crm.import_links_counted', true) = 'on' then
        return null;
    end if;
    update contacts c set property_count = c.property_count + l.n
    from (select contact_id, count(*) as n from inserted_links group by contact_id) l
    where c.id = l.contact_id;
    return null;
end
$$;

create function property_links_deleted() returns trigger language plpgsql as $$
begin
    update contacts c set property_count = c.property_count - l.n
    from (select contact_id, count(*) as n from deleted_links group by contact_id) l
    where c.id = l.contact_id;
    return null;
end
$$;

create function property_links_truncated() returns trigger language plpgsql as $$
begin
    update contacts set property_count = 0 where property_count <> 0;
    return null;
end
$$;

create trigger property_contacts_counted_insert after insert on property_contacts
    referencing new table as inserted_links for each statement execute function property_links_inserted();
create trigger property_contacts_counted_delete after delete on property_contacts
    referencing old table as deleted_links for each statement execute function property_links_deleted();
create trigger property_contacts_counted_truncate after truncate on property_contacts
    for each statement execute function property_links_truncated();

-- lead_source is lower-cased ('' when none) because the filter matches it ignoring case.
create table contact_counts (
    lead_source  text    not null,
    has_email    boolean not null,
    has_property boolean not null,
    opted_out    boolean not null,
    customer     boolean not null,
    n            bigint  not null,
    primary key (lead_source, has_email, has_property, opted_out, customer)
);

insert into contact_counts (lead_source, has_email, has_property, opted_out, customer, n)
select coalesce(lower(lead_source), ''), email is not null, property_count > 0, opted_out_at is not null,
       customer_since is not null, count(*)
from contacts
group by 1, 2, 3, 4, 5;

create function contact_counts_changed() returns trigger language plpgsql as $$
begin
    insert into contact_counts as cc (lead_source, has_email, has_property, opted_out, customer, n)
    select lead_source, has_email, has_property, opted_out, customer, sum(delta)
    from (
        select coalesce(lower(lead_source), '') as lead_source, email is not null as has_email,
               property_count > 0 as has_property, opted_out_at is not null as opted_out,
               customer_since is not null as customer, 1 as delta
        from new_rows
        union all
        select coalesce(lower(lead_source), ''), email is not null, property_count > 0, opted_out_at is not null,
               customer_since is not null, -1
        from old_rows
    ) changes
    group by 1, 2, 3, 4, 5
    having sum(delta) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (lead_source, has_email, has_property, opted_out, customer) do update set n = cc.n + excluded.n;
    return null;
end
$$;

create function contact_counts_inserted() returns trigger language plpgsql as $$
begin
    insert into contact_counts as cc (lead_source, has_email, has_property, opted_out, customer, n)
    select coalesce(lower(lead_source), ''), email is not null, property_count > 0, opted_out_at is not null,
           customer_since is not null, count(*)
    from new_rows
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (lead_source, has_email, has_property, opted_out, customer) do update set n = cc.n + excluded.n;
    return null;
end
$$;

create function contact_counts_deleted() returns trigger language plpgsql as $$
begin
    insert into contact_counts as cc (lead_source, has_email, has_property, opted_out, customer, n)
    select coalesce(lower(lead_source), ''), email is not null, property_count > 0, opted_out_at is not null,
           customer_since is not null, -count(*)
    from old_rows
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (lead_source, has_email, has_property, opted_out, customer) do update set n = cc.n + excluded.n;
    return null;
end
$$;

create function contact_counts_truncated() returns trigger language plpgsql as $$
begin
    delete from contact_counts;
    return null;
end
$$;

create trigger contacts_filter_counted_insert after insert on contacts
    referencing new table as new_rows for each statement execute function contact_counts_inserted();
create trigger contacts_filter_counted_update after update on contacts
    referencing old table as old_rows new table as new_rows for each statement execute function contact_counts_changed();
create trigger contacts_filter_counted_delete after delete on contacts
    referencing old table as old_rows for each statement execute function contact_counts_deleted();
create trigger contacts_filter_counted_truncate after truncate on contacts
    for each statement execute function contact_counts_truncated();
