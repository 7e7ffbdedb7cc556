-- Exact row counts of the big tables, kept by statement-level triggers, so an unfiltered list shows its total
-- without counting a million rows on every page view. Filtered lists still count what matches.
-- Every inserting or deleting transaction updates one counter row, so such transactions queue on that row
-- until they commit; imports and other bulk writes insert many rows per statement and are not slowed noticeably.
create table record_counts (
    name text primary key,
    n    bigint not null check (n >= 0)
);

insert into record_counts (name, n) values
    ('contacts', (select count(*) from contacts)),
    ('properties', (select count(*) from properties));

create function record_counts_inserted() returns trigger language plpgsql as $$
begin
    update record_counts set n = n + (select count(*) from inserted_rows) where name = TG_ARGV[0];
    return null;
end
$$;

create function record_counts_deleted() returns trigger language plpgsql as $$
begin
    update record_counts set n = n - (select count(*) from deleted_rows) where name = TG_ARGV[0];
    return null;
end
$$;

create function record_counts_truncated() returns trigger language plpgsql as $$
begin
    update record_counts set n = 0 where name = TG_ARGV[0];
    return null;
end
$$;

create trigger contacts_counted_insert after insert on contacts
    referencing new table as inserted_rows for each statement execute function record_counts_inserted('contacts');
create trigger contacts_counted_delete after delete on contacts
    referencing old table as deleted_rows for each statement execute function record_counts_deleted('contacts');
create trigger contacts_counted_truncate after truncate on contacts
    for each statement execute function record_counts_truncated('contacts');

create trigger properties_counted_insert after insert on properties
    referencing new table as inserted_rows for each statement execute function record_counts_inserted('properties');
create trigger properties_counted_delete after delete on properties
    referencing old table as deleted_rows for each statement execute function record_counts_deleted('properties');
create trigger properties_counted_truncate after truncate on properties
    for each statement execute function record_counts_truncated('properties');
