package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryImportHistory;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListImportsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final ListImportsService service = new ListImportsService(history);

    @Test
    void returnsThePageTheHistoryGivesNewestFirst() {
        ImportId first = history.queue("a.csv", ImportFormat.OPENPHONE, "ann@example.com", NOW);
        ImportId second = history.queue("b.csv", ImportFormat.PROPERTYRADAR, "ann@example.com", NOW.plus(Duration.ofHours(1)));
        ImportId third = history.queue("c.csv", ImportFormat.GENERIC, "bob@example.com", NOW.plus(Duration.ofHours(2)));
        PageRequest request = new PageRequest(1, 2);

        Page<ImportRecord> page = service.list(request);

        assertThat(page).isEqualTo(history.list(request));
        assertThat(page.rows()).extracting(ImportRecord::id).containsExactly(third, second);
        assertThat(page.total()).isEqualTo(3);
        assertThat(service.list(new PageRequest(2, 2)).rows()).extracting(ImportRecord::id).containsExactly(first);
    }

    @Test
    void anEmptyHistoryIsAnEmptyPage() {
        Page<ImportRecord> page = service.list(PageRequest.first());

        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
