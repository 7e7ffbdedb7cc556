package com.attackacrack.crm.adapters.out.persistence;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the one {@link Jdbi} the transaction runner and every repository must share. */
public final class Jdbis {

    private Jdbis() {
    }

    /** A Jdbi over the data source with SqlObject and PostgreSQL support installed. */
    public static Jdbi create(DataSource dataSource) {
        return Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }
}
