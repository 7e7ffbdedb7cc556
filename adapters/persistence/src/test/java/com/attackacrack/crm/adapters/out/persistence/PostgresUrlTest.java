package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    private static final String DIGITAL_OCEAN =
            "postgresql://doadmin:AVNS_s3cr%40t@db-crm-do-user-1.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require";

    @Test
    void parsesTheDigitalOceanForm() {
        PostgresUrl url = PostgresUrl.parse(DIGITAL_OCEAN);

        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://db-crm-do-user-1.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require");
        assertThat(url.username()).isEqualTo("doadmin");
        assertThat(url.password()).isEqualTo("AVNS_s3cr@t");
        assertThat(url.database()).isEqualTo("defaultdb");
    }

    @Test
    void parsesThePostgresSchemeWithTheDefaultPort() {
        PostgresUrl url = PostgresUrl.parse("postgres://postgres@127.0.0.1/postgres");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isNull();
    }

    @Test
    void keepsAPlusInThePasswordLiteral() {
        assertThat(PostgresUrl.parse("postgres://u:a+b@h/db").password()).isEqualTo("a+b");
    }

    @Test
    void parsesAnUnencodedAtSignInThePassword() {
        assertThat(PostgresUrl.parse("postgres://u:p@ss@h:5433/db").password()).isEqualTo("p@ss");
    }

    @Test
    void parsesTheJdbcFormTakingCredentialsFromTheQuery() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://h:6543/crm?user=app&password=pw&sslmode=verify-full");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:6543/crm?sslmode=verify-full");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void parsesTheJdbcFormWithoutCredentials() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://localhost/crm");

        assertThat(url.username()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.port()).isEqualTo(5432);
    }

    @Test
    void parsesAnIpv6Host() {
        PostgresUrl url = PostgresUrl.parse("postgres://u@[::1]:5433/db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
    }

    @Test
    void withDatabaseKeepsServerCredentialsAndParameters() {
        PostgresUrl url = PostgresUrl.parse(DIGITAL_OCEAN).withDatabase("crm_test_1");

        assertThat(url.jdbcUrl()).endsWith(":25060/crm_test_1?sslmode=require");
        assertThat(url.password()).isEqualTo("AVNS_s3cr@t");
    }

    @Test
    void toStringMasksThePassword() {
        String shown = PostgresUrl.parse(DIGITAL_OCEAN).toString();

        assertThat(shown).doesNotContain("s3cr").contains("doadmin:****@").contains("sslmode=require");
    }

    @Test
    void toStringMasksAPasswordGivenAsAQueryParameter() {
        String shown = PostgresUrl.parse("jdbc:postgresql://h/db?user=u&password=s3cret&sslpassword=k3y").toString();

        assertThat(shown).doesNotContain("s3cret").doesNotContain("k3y");
    }

    @Test
    void rejectsAnUnknownScheme() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://u:s3cret@h/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres://")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void rejectsAMissingDatabase() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://u:s3cret@h:5432"))
                .hasMessageContaining("database")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void rejectsANonNumericPort() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://u:s3cret@h:port/db"))
                .hasMessageContaining("port")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://u:s3cret@h:70000/db")).hasMessageContaining("port");
    }

    @Test
    void rejectsAMalformedEscapeWithoutEchoingThePassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://u:s3cret%zz@h/db"))
                .hasMessageContaining("password")
                .hasMessageNotContaining("s3cret")
                .hasNoCause();
    }

    @Test
    void rejectsAMissingHost() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://u:s3cret@/db"))
                .hasMessageContaining("host")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void rejectsAnEmptyUrl() {
        assertThatThrownBy(() -> PostgresUrl.parse(" ")).hasMessageContaining("empty");
    }
}
