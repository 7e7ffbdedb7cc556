package com.attackacrack.crm.application.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;
import org.junit.jupiter.api.Test;

class MigrateDatabaseServiceTest {

    @Test
    void reportsWhatTheMigratorDid() {
        MigrateDatabaseService service = new MigrateDatabaseService(() -> new MigrationReport(3, "3"));

        assertThat(service.migrate()).isEqualTo(new MigrationReport(3, "3"));
    }
}
