package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class ListConflictsServiceTest {

    private final InMemoryImportConflictRepository conflicts = new InMemoryImportConflictRepository();
    private final ListConflictsService service = new ListConflictsService(conflicts);

    @Test
    void returnsThePageTheRepositoryGivesForTheFilter() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.EMAIL, "a@example.com", "b@example.com"));
        conflicts.add(ConflictFixtures.open(2, 2, ConflictField.PHONE, "+16175550100", "+16175550101"));
        conflicts.add(ConflictFixtures.open(3, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));
        ConflictFilter filter = new ConflictFilter(new ImportId(1), ConflictStatus.OPEN, null);
        PageRequest request = PageRequest.first();

        Page<ImportConflict> page = service.list(filter, request);

        assertThat(page).isEqualTo(conflicts.list(filter, request));
        assertThat(page.rows()).extracting(ImportConflict::id).containsExactly(3L, 1L);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void noFilterListsTheOpenConflictsOfEveryImport() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.EMAIL, "a@example.com", "b@example.com"));
        conflicts.add(ConflictFixtures.open(2, 2, ConflictField.PHONE, "+16175550100", "+16175550101"));
        conflicts.add(ConflictFixtures.resolved(3, ConflictStatus.KEPT_CURRENT, "bob@example.com"));

        Page<ImportConflict> page = service.list(null, PageRequest.first());

        assertThat(page.rows()).extracting(ImportConflict::id).containsExactly(2L, 1L);
        assertThat(page.total()).isEqualTo(2);
    }
}
