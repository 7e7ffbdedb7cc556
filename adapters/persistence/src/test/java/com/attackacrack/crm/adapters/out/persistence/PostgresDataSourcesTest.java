package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresDataSourcesTest {

    @Test
    void poolConnectsAsTheUrlsUserAndNamesItselfToTheServer() throws SQLException {
        PostgresUrl url = TestDatabase.shared().url();

        try (HikariDataSource pool = PostgresDataSources.create(url, 2, "crm-pool-test");
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_user, current_setting('application_name')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(url.username());
            assertThat(rs.getString(2)).isEqualTo("crm-pool-test");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
        }
    }

    @Test
    void rejectsAPoolOfNoConnections() {
        assertThatThrownBy(() -> PostgresDataSources.create(TestDatabase.shared().url(), 0, "p"))
                .hasMessageContaining("maxPoolSize");
    }
}
