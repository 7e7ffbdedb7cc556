package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link ImportRepository} that records runs and batches; its counts cover rows read and rejected and
 * row problems only (the merge itself is tested against PostgreSQL in JdbiImportRepositoryTest).
 */
public final class RecordingImportRepository implements ImportRepository {

    private final Map<ImportId, ImportRecord> runs = new HashMap<>();
    private final Map<ImportId, List<ImportRow>> rows = new HashMap<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private long nextId = 1;

    @Override
    public ImportId start(String fileName, ImportFormat format, String startedBy, Long rowsTotal, Instant now) {
        ImportId id = new ImportId(nextId++);
        runs.put(id, new ImportRecord(id, fileName, format, startedBy, ImportStatus.RUNNING, 0, rowsTotal, now, null,
                null, null));
        rows.put(id, new ArrayList<>());
        return id;
    }

    @Override
    public void applyBatch(ImportId id, List<ImportRow> batch, String source, Instant now) {
        batchSizes.add(batch.size());
        rows.get(id).addAll(batch);
    }

    @Override
    public ImportCounts counts(ImportId id) {
        List<ImportRow> applied = rows.getOrDefault(id, List.of());
        long rejected = applied.stream().filter(ImportRow::rejected).count();
        long problems = applied.stream().mapToLong(row -> row.problems().size()).sum();
        return new ImportCounts(applied.size(), rejected, 0, 0, 0, 0, 0, 0, 0, problems);
    }

    @Override
    public void finish(ImportId id, ImportStatus status, String error, Instant now) {
        ImportRecord run = runs.get(id);
        runs.put(id, new ImportRecord(id, run.fileName(), run.format(), run.startedBy(), status,
                rows.get(id).size(), run.rowsTotal(), run.createdAt(), now, error, run.mapping()));
    }

    @Override
    public Optional<ImportRecord> find(ImportId id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The sizes of the batches applied, in order. */
    public List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    /** How many runs were started. */
    public int runsStarted() {
        return runs.size();
    }

    /** Stores a run as given (e.g. FAILED or COMPLETED) so a test can start from it; later ids stay unique. */
    public void seed(ImportRecord record) {
        runs.put(record.id(), record);
        rows.computeIfAbsent(record.id(), id -> new ArrayList<>());
        nextId = Math.max(nextId, record.id().value() + 1);
    }

    /** Records a QUEUED or AWAITING_MAPPING run (what {@link InMemoryImportHistory#queue} does). */
    ImportId queue(String fileName, ImportFormat format, ColumnMapping mapping, ImportStatus status, String startedBy,
                   Instant now) {
        ImportId id = new ImportId(nextId++);
        runs.put(id, new ImportRecord(id, fileName, format, startedBy, status, 0, null, now, null, null, mapping));
        rows.put(id, new ArrayList<>());
        return id;
    }

    /** Moves a QUEUED or FAILED run to RUNNING, clearing its error (what {@link InMemoryImportHistory} does). */
    boolean markRunning(ImportId id, Long rowsTotal) {
        ImportRecord run = runs.get(id);
        if (run == null || (run.status() != ImportStatus.QUEUED && run.status() != ImportStatus.FAILED)) {
            return false;
        }
        runs.put(id, new ImportRecord(id, run.fileName(), run.format(), run.startedBy(), ImportStatus.RUNNING,
                run.rowsDone(), rowsTotal, run.createdAt(), null, null, run.mapping()));
        return true;
    }

    /** Stores the mapping of an AWAITING_MAPPING run and queues it (what {@link InMemoryImportHistory} does). */
    boolean startWithMapping(ImportId id, ColumnMapping mapping) {
        ImportRecord run = runs.get(id);
        if (run == null || run.status() != ImportStatus.AWAITING_MAPPING) {
            return false;
        }
        runs.put(id, new ImportRecord(id, run.fileName(), run.format(), run.startedBy(), ImportStatus.QUEUED,
                run.rowsDone(), run.rowsTotal(), run.createdAt(), null, null, mapping));
        return true;
    }

    /** Every run, in no particular order. */
    List<ImportRecord> all() {
        return List.copyOf(runs.values());
    }

    /** The rows applied to a run so far, in order. */
    public List<ImportRow> rows(ImportId id) {
        return List.copyOf(rows.getOrDefault(id, List.of()));
    }
}
