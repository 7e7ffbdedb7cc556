-- CSV imports (PropertyRadar, OpenPhone, generic). One row in imports per run (status 'mapping': a generic upload
-- waiting for an admin to map its columns; column_mapping: the mapping a generic file is read with, a JSON object
-- from import field (ImportField constant name) to header name as column_mappings.columns in V7, null when none);
-- everything an import did is kept
-- per data row (line) so that the run's counts are read back from the database and a re-run resumes:
--   import_rows            one row per data row applied (rejected when it yielded neither property nor contact);
--                          a batch skips the lines already here for its run.
--   import_row_contacts    the contact each candidate of a row (slot 1, 2, ...) ended as, with what happened to it.
--   import_row_properties  the property of a row, with what happened to it.
--   import_problems        what was wrong with a row (or could not be applied), field by field.
--   import_conflicts       differing values of a matched contact waiting for a person to decide; the existing value
--                          stays until then. Unique per contact, field and incoming value, so re-importing the same
--                          file queues nothing new.
-- The per-row tables hold plain contact and property ids, without foreign keys: an import writes thousands of them
-- per batch and a key check per row cost a tenth of the batch; a contact or property deleted later keeps its id in
-- the history. Only the import itself is referenced (deleting an import deletes its history).

create table imports (
    id          bigint      generated always as identity primary key,
    file_name   text        not null,
    format      text        not null constraint imports_format_check
                            check (format in ('propertyradar', 'openphone', 'generic')),
    started_by  text        not null,
    status      text        not null constraint imports_status_check
                            check (status in ('mapping', 'queued', 'running', 'completed', 'failed')),
    rows_total  bigint,
    rows_done   bigint      not null default 0,
    created_at  timestamptz not null,
    finished_at timestamptz,
    error       text,
    column_mapping jsonb    constraint imports_column_mapping_check
                            check (column_mapping is null or jsonb_typeof(column_mapping) = 'object')
);

create index imports_created_idx on imports (created_at desc, id desc);

create table import_rows (
    import_id bigint  not null references imports (id) on delete cascade,
    line      bigint  not null,
    rejected  boolean not null,
    primary key (import_id, line)
);

create table import_row_contacts (
    import_id  bigint not null references imports (id) on delete cascade,
    line       bigint not null,
    slot       int    not null,
    contact_id bigint,
    outcome    text   not null constraint import_row_contacts_outcome_check
                      check (outcome in ('created', 'enriched', 'unchanged')),
    primary key (import_id, line, slot)
);

create table import_row_properties (
    import_id   bigint not null references imports (id) on delete cascade,
    line        bigint not null,
    property_id bigint,
    outcome     text   not null constraint import_row_properties_outcome_check
                       check (outcome in ('created', 'updated', 'unchanged')),
    primary key (import_id, line)
);

create table import_problems (
    import_id bigint not null references imports (id) on delete cascade,
    line      bigint not null,
    field     text   not null,
    value     text   not null,
    reason    text   not null
);

create index import_problems_line_idx on import_problems (import_id, line);

create table import_conflicts (
    id             bigint      generated always as identity primary key,
    import_id      bigint      not null references imports (id) on delete cascade,
    line           bigint      not null,
    contact_id     bigint      not null references contacts (id) on delete cascade,
    field          text        not null constraint import_conflicts_field_check
                               check (field in ('first_name', 'last_name', 'email', 'phone')),
    current_value  text        not null,
    incoming_value text        not null,
    status         text        not null default 'open' constraint import_conflicts_status_check
                               check (status in ('open', 'kept_current', 'took_incoming', 'edited')),
    resolved_value text,
    resolved_by    text,
    resolved_at    timestamptz,
    created_at     timestamptz not null,
    constraint import_conflicts_incoming_key unique (contact_id, field, incoming_value)
);

-- The review queue: open conflicts of one import in line order.
create index import_conflicts_open_idx on import_conflicts (import_id, line, id) where status = 'open';
create index import_conflicts_import_idx on import_conflicts (import_id);

-- Address match of rows without an APN: ZIP and street ignoring case (rows without a ZIP use properties_street_idx).
create index properties_zip_street_idx on properties (zip, lower(street));
