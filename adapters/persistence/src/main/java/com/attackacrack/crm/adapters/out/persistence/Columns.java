package com.attackacrack.crm.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the column types the row mappers share ({@code timestamptz} as {@link Instant}, nullable ids). */
final class Columns {

    private Columns() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = nullableInstant(rs, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null");
        }
        return value;
    }

    static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The value of a nullable {@code bigint} column, or null. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
