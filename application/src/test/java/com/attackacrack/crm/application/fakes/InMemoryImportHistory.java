package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Test fake of {@link ImportHistory} sharing its runs with a {@link RecordingImportRepository} (as the two ports share
 * one table in production); problems are seeded by the test. Records every markRunning call.
 */
public final class InMemoryImportHistory implements ImportHistory {

    /** One markRunning call and what it answered. */
    public record MarkRunning(ImportId id, Long rowsTotal, boolean result) {
    }

    private final RecordingImportRepository imports;
    private final Map<ImportId, List<ImportProblem>> problems = new HashMap<>();
    private final List<MarkRunning> markRunningCalls = new ArrayList<>();

    public InMemoryImportHistory(RecordingImportRepository imports) {
        this.imports = imports;
    }

    @Override
    public ImportId queue(String fileName, ImportFormat format, ColumnMapping mapping, ImportStatus status,
                          String startedBy, Instant now) {
        return imports.queue(fileName, format, mapping, status, startedBy, now);
    }

    @Override
    public boolean startWithMapping(ImportId id, ColumnMapping mapping) {
        return imports.startWithMapping(id, mapping);
    }

    @Override
    public boolean markRunning(ImportId id, Long rowsTotal) {
        boolean result = imports.markRunning(id, rowsTotal);
        markRunningCalls.add(new MarkRunning(id, rowsTotal, result));
        return result;
    }

    @Override
    public Page<ImportRecord> list(PageRequest page) {
        List<ImportRecord> all = imports.all().stream()
                .sorted(Comparator.comparing(ImportRecord::createdAt)
                        .thenComparing(record -> record.id().value()).reversed())
                .toList();
        List<ImportRecord> rows = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(rows, all.size(), page);
    }

    @Override
    public long forEachProblem(ImportId id, Consumer<ImportProblem> sink) {
        List<ImportProblem> sorted = problems.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparingLong(ImportProblem::line)).toList();
        sorted.forEach(sink);
        return sorted.size();
    }

    /** Records a problem against a run. */
    public void addProblem(ImportId id, ImportProblem problem) {
        problems.computeIfAbsent(id, key -> new ArrayList<>()).add(problem);
    }

    /** Every markRunning call, in order. */
    public List<MarkRunning> markRunningCalls() {
        return List.copyOf(markRunningCalls);
    }
}
