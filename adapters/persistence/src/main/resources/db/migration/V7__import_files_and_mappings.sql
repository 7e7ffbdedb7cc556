-- Uploaded import files and saved column mappings.
--   import_file_chunks  an uploaded file in pieces of about 1 MiB (seq 0, 1, 2, ...), kept from the upload until its
--                       import has run (and for a re-run): the worker reads the file from here, chunk by chunk, so no
--                       file bytes travel through the job queue and neither side holds a whole file in memory.
--                       An empty file is one empty chunk. Deleting the import deletes its file.
--   column_mappings     generic-CSV column mappings saved by name: the name as typed, unique ignoring case; columns
--                       is a JSON object from import field (ImportField constant name) to the file's header name.

create table import_file_chunks (
    import_id bigint not null references imports (id) on delete cascade,
    seq       int    not null constraint import_file_chunks_seq_check check (seq >= 0),
    data      bytea  not null,
    primary key (import_id, seq)
);

create table column_mappings (
    name       text        primary key constraint column_mappings_name_check check (btrim(name) <> ''),
    columns    jsonb       not null constraint column_mappings_columns_check check (jsonb_typeof(columns) = 'object'),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create unique index column_mappings_name_lower_key on column_mappings (lower(name));
