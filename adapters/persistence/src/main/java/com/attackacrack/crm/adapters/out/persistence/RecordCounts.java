package com.attackacrack.crm.adapters.out.persistence;

import org.jdbi.v3.core.Handle;

/** Reads the exact row count of a big table from the trigger-maintained {@code record_counts} table (V4). */
final class RecordCounts {

    static final String CONTACTS = "contacts";
    static final String PROPERTIES = "properties";

    private RecordCounts() {
    }

    static long of(Handle handle, String table) {
        return handle.createQuery("select n from record_counts where name = :name")
                .bind("name", table)
                .mapTo(Long.class)
                .one();
    }
}
