-- Contacts, properties and the links between them, sized for a million contacts.
-- Every list index ends with id so that each sort is stable and an OFFSET walk over the index stays cheap; the
-- list query first picks a page of ids from the narrow index (a deferred join), then reads the rows.
-- Indexes cost every insert, so only the ones a list, filter or search uses are here.

create extension if not exists pg_trgm;

-- People. phone is E.164 and email trimmed lower-case (the domain normalises both); each is unique when present.
create table contacts (
    id               bigint      generated always as identity primary key,
    first_name       text,
    last_name        text,
    phone            text        constraint contacts_phone_key unique,
    email            text        constraint contacts_email_key unique
                                 constraint contacts_email_lower_check check (email = lower(email)),
    lead_source      text,
    customer_since   date,
    notes            text,
    opted_out_at     timestamptz,
    opt_out_reason   text,
    source           text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    last_activity_at timestamptz not null,
    constraint contacts_opt_out_check check ((opted_out_at is null) = (opt_out_reason is null))
);

-- Sorts: newest/oldest first (one index read both ways), last activity, name A-Z and Z-A (two indexes, because
-- contacts without a name come last in both directions). The name indexes carry the raw names so that picking a
-- page of ids can be an index-only scan.
create index contacts_created_idx on contacts (created_at desc, id desc);
create index contacts_last_activity_idx on contacts (last_activity_at desc, id desc);
create index contacts_name_idx on contacts (lower(last_name), lower(first_name), id) include (last_name, first_name);
create index contacts_name_desc_idx on contacts
    (lower(last_name) desc nulls last, lower(first_name) desc nulls last, id desc) include (last_name, first_name);
-- Search by a fragment of the name or email: ILIKE '%text%' on exactly this expression.
create index contacts_search_trgm_idx on contacts
    using gin ((coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '')) gin_trgm_ops);
-- Filters that pick out a minority of contacts (lead source matches ignoring case).
create index contacts_lead_source_idx on contacts (lower(lead_source), created_at desc, id desc)
    where lead_source is not null;
create index contacts_customer_idx on contacts (created_at desc, id desc) where customer_since is not null;
create index contacts_opted_out_idx on contacts (created_at desc, id desc) where opted_out_at is not null;

-- Buildings. apn (assessor's parcel number) is unique when present.
create table properties (
    id               bigint        generated always as identity primary key,
    street           text          not null,
    city             text,
    state            text          constraint properties_state_check check (state ~ '^[A-Z]{2}$'),
    zip              text,
    property_type    text,
    apn              text          constraint properties_apn_key unique,
    year_built       integer,
    square_feet      integer,
    beds             integer,
    baths            numeric(4, 1),
    estimated_value  bigint,
    estimated_equity bigint,
    equity_percent   integer,
    owner_occupied   boolean,
    listed_for_sale  boolean,
    foreclosure      boolean,
    mailing_street   text,
    mailing_city     text,
    mailing_state    text,
    mailing_zip      text,
    source           text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);

create index properties_created_idx on properties (created_at desc, id desc);
create index properties_street_idx on properties (lower(street), id);
create index properties_city_sort_idx on properties (lower(city), lower(street), id);
create index properties_value_idx on properties (estimated_value desc nulls last, id desc);
create index properties_equity_idx on properties (equity_percent desc nulls last, id desc);
create index properties_zip_idx on properties (zip);
-- Type matches ignoring case; city filters use properties_city_sort_idx, equity ranges properties_equity_idx.
create index properties_type_idx on properties (lower(property_type));
-- Search by a fragment of the street, city, ZIP or APN: ILIKE '%text%' on exactly this expression.
create index properties_search_trgm_idx on properties
    using gin ((street || ' ' || coalesce(city, '') || ' ' || coalesce(zip, '') || ' ' || coalesce(apn, '')) gin_trgm_ops);

-- Who is tied to which property; one link per pair, gone with either end.
create table property_contacts (
    property_id  bigint      not null references properties (id) on delete cascade,
    contact_id   bigint      not null references contacts (id) on delete cascade,
    relationship text        not null constraint property_contacts_relationship_check
                             check (relationship in ('primary_owner', 'secondary_owner', 'tenant', 'other')),
    created_at   timestamptz not null,
    primary key (property_id, contact_id)
);

create index property_contacts_contact_idx on property_contacts (contact_id);
