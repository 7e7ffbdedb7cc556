package com.attackacrack.crm.adapters.out.persistence.testing;

import com.attackacrack.crm.adapters.out.persistence.FlywaySchemaMigrator;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated PostgreSQL database of its own for this JVM's tests ({@code crm_test_<random>}), with a pool and a
 * Jdbi; see {@link TestPostgresServer} for where the server comes from.
 */
public final class TestDatabase {

    private static final int POOL_SIZE = 5;

    private final PostgresUrl url;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private TestDatabase(PostgresUrl url) {
        this.url = url;
        this.dataSource = PostgresDataSources.create(url, POOL_SIZE, "crm-test");
        TestPostgresServer.instance().closeAtExit(dataSource);
        new FlywaySchemaMigrator(dataSource).migrate();
        this.jdbi = Jdbis.create(dataSource);
    }

    /** The JVM-wide test database, created and migrated on first use. */
    public static TestDatabase shared() {
        return Holder.INSTANCE;
    }

    /** A new, empty, un-migrated database {@code <prefix>_<random>} on the same server, dropped at JVM exit. */
    public static PostgresUrl freshDatabase(String prefix) {
        return TestPostgresServer.instance().createDatabase(prefix);
    }

    public PostgresUrl url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    private static final class Holder {
        private static final TestDatabase INSTANCE = new TestDatabase(freshDatabase("crm_test"));
    }
}
