package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.system.ComponentStatus;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresProbeTest {

    @Test
    void upAgainstAMigratedDatabaseWithServerAndSchemaVersions() {
        PostgresProbe probe = new PostgresProbe(TestDatabase.shared().dataSource());

        ComponentStatus status = probe.check();

        assertThat(status.up()).isTrue();
        assertThat(status.name()).isEqualTo("database");
        assertThat(status.detail()).matches("PostgreSQL \\d+(\\.\\d+)*, schema version \\d+");
    }

    @Test
    void upAgainstAnUnmigratedDatabaseSaysSo() {
        try (HikariDataSource fresh = PostgresDataSources.create(TestDatabase.freshDatabase("crm_probe"), 1, "probe")) {
            ComponentStatus status = new PostgresProbe(fresh).check();

            assertThat(status.up()).isTrue();
            assertThat(status.detail()).endsWith("schema version none");
        }
    }

    @Test
    void downAgainstAClosedPortWithTheReasonButNoPassword() throws IOException {
        PostgresProbe probe = new PostgresProbe(givenDataSourceOnAClosedPort("s3cret-pw"));

        ComponentStatus status = probe.check();

        assertThat(status.up()).isFalse();
        assertThat(status.name()).isEqualTo("database");
        assertThat(status.detail()).contains("refused").doesNotContain("s3cret-pw");
    }

    private static PGSimpleDataSource givenDataSourceOnAClosedPort(String password) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("crm");
        dataSource.setUser("crm");
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(2);
        return dataSource;
    }
}
