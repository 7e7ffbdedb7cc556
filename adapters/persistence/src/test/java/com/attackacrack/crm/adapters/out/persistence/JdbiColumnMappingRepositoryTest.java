package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiColumnMappingRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiColumnMappingRepository mappings = new JdbiColumnMappingRepository(jdbi);

    @BeforeEach
    void givenNoMappings() {
        jdbi.useHandle(handle -> handle.execute("truncate column_mappings"));
    }

    @Test
    void aSavedMappingComesBackByNameIgnoringCase() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.FIRST_NAME, "First Name",
                ImportField.PHONE, "Mobile \"Cell\" #", ImportField.EQUITY_PERCENT, "Équité %"));

        mappings.save("County List", mapping, T0);

        assertThat(mappings.find("County List")).contains(mapping);
        assertThat(mappings.find("  county list ")).contains(mapping);
        assertThat(mappings.find("other")).isEmpty();
        assertThat(mappings.names()).containsExactly("County List");
    }

    @Test
    void savingUnderTheSameNameInAnyCaseOverwrites() {
        mappings.save("County List", new ColumnMapping(Map.of(ImportField.EMAIL, "E-mail")), T0);
        ColumnMapping newer = new ColumnMapping(Map.of(ImportField.STREET, "Address", ImportField.ZIP, "Zip"));

        mappings.save("COUNTY list", newer, T0.plusSeconds(60));

        assertThat(mappings.find("county list")).contains(newer);
        assertThat(mappings.names()).containsExactly("COUNTY list");
        boolean updatedLater = jdbi.withHandle(handle -> handle.createQuery(
                "select created_at < updated_at from column_mappings").mapTo(Boolean.class).one());
        assertThat(updatedLater).isTrue();
    }

    @Test
    void namesAreListedAToZIgnoringCase() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.FULL_NAME, "Name"));
        mappings.save("zeta", mapping, T0);
        mappings.save("Alpha", mapping, T0);
        mappings.save("beta", mapping, T0);

        assertThat(mappings.names()).containsExactly("Alpha", "beta", "zeta");
    }
}
