package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ImportConflict;
import org.junit.jupiter.api.Test;

class GetConflictServiceTest {

    private final InMemoryImportConflictRepository conflicts = new InMemoryImportConflictRepository();
    private final GetConflictService service = new GetConflictService(conflicts);

    @Test
    void returnsTheConflict() {
        ImportConflict conflict = ConflictFixtures.open(5, 1, ConflictField.LAST_NAME, "Lee", "Li");
        conflicts.add(conflict);

        assertThat(service.get(5)).contains(conflict);
    }

    @Test
    void anUnknownConflictIsEmpty() {
        assertThat(service.get(404)).isEmpty();
    }
}
