-- Audiences for campaigns: static lists of contacts and saved filters.
--   campaign_lists         a named list (name unique ignoring case); member_count is kept exact by the statement-level
--                          triggers on campaign_list_members below, so it is right whatever adds or removes members
--                          (the repository, a contact's deletion cascading, a list's deletion).
--   campaign_list_members  who is on which list, once per pair, gone with either end.
--   saved_filters          a named AudienceFilter (name unique ignoring case); criteria is a jsonb object from criterion
--                          name (leadSource, customer, hasEmail, propertyType, city, zip, equityMin, equityMax,
--                          ownerOccupied, inList, notInList, notTextedInDays, neverReplied) to its value, without nulls.

create table campaign_lists (
    id           bigint      generated always as identity primary key,
    name         text        not null constraint campaign_lists_name_check check (length(name) between 1 and 100),
    description  text        constraint campaign_lists_description_check check (length(description) <= 500),
    member_count bigint      not null default 0 constraint campaign_lists_member_count_check check (member_count >= 0),
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

create unique index campaign_lists_name_key on campaign_lists (lower(name));
create index campaign_lists_created_idx on campaign_lists (created_at desc, id desc);

create table campaign_list_members (
    list_id    bigint      not null references campaign_lists (id) on delete cascade,
    contact_id bigint      not null references contacts (id) on delete cascade,
    added_at   timestamptz not null,
    primary key (list_id, contact_id)
);

-- A contact's deletion finds its memberships; audience filters test "in list" / "not in list" per contact.
create index campaign_list_members_contact_idx on campaign_list_members (contact_id);
-- A list's members page, newest additions first.
create index campaign_list_members_added_idx on campaign_list_members (list_id, added_at desc, contact_id desc);

create function campaign_list_members_inserted() returns trigger language plpgsql as $$
begin
    update campaign_lists l set member_count = l.member_count + i.n
    from (select list_id, count(*) as n from inserted_rows group by list_id) i
    where l.id = i.list_id;
    return null;
end
$$;

create function campaign_list_members_deleted() returns trigger language plpgsql as $$
begin
    update campaign_lists l set member_count = l.member_count - d.n
    from (select list_id, count(*) as n from deleted_rows group by list_id) d
    where l.id = d.list_id;
    return null;
end
$$;

create trigger campaign_list_members_counted_insert after insert on campaign_list_members
    referencing new table as inserted_rows for each statement execute function campaign_list_members_inserted();
create trigger campaign_list_members_counted_delete after delete on campaign_list_members
    referencing old table as deleted_rows for each statement execute function campaign_list_members_deleted();

create table saved_filters (
    id         bigint      generated always as identity primary key,
    name       text        not null constraint saved_filters_name_check check (length(name) between 1 and 100),
    criteria   jsonb       not null default '{}' constraint saved_filters_criteria_check
                           check (jsonb_typeof(criteria) = 'object'),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create unique index saved_filters_name_key on saved_filters (lower(name));
create index saved_filters_created_idx on saved_filters (created_at desc, id desc);
