package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.importing.ColumnMappingDraft;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ExportImportProblemsUseCase;
import com.attackacrack.crm.application.port.in.importing.GetConflictUseCase;
import com.attackacrack.crm.application.port.in.importing.GetImportUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportDetails;
import com.attackacrack.crm.application.port.in.importing.ListConflictsUseCase;
import com.attackacrack.crm.application.port.in.importing.ListImportsUseCase;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsCommand;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsUseCase;
import com.attackacrack.crm.application.port.in.importing.PrepareColumnMappingUseCase;
import com.attackacrack.crm.application.port.in.importing.RerunImportUseCase;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictCommand;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictUseCase;
import com.attackacrack.crm.application.port.in.importing.ResolveImportConflictsUseCase;
import com.attackacrack.crm.application.port.in.importing.UploadImportCommand;
import com.attackacrack.crm.application.port.in.importing.UploadImportUseCase;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Every import and conflict in-port over in-memory maps; records calls and can refuse the next one. */
public final class FakeImports implements UploadImportUseCase, ListImportsUseCase, GetImportUseCase,
        ExportImportProblemsUseCase, RerunImportUseCase, ResolveImportConflictsUseCase, ListConflictsUseCase,
        GetConflictUseCase, ResolveConflictUseCase, PrepareColumnMappingUseCase, MapImportColumnsUseCase {

    /** An upload as the fake received it: the whole body read. */
    public record Upload(String fileName, byte[] content, ImportFormat format, String mappingName, String uploadedBy) {
    }

    private final Map<Long, ImportDetails> imports = new TreeMap<>();
    private final Map<Long, List<ImportProblem>> problems = new TreeMap<>();
    private final Map<Long, ImportConflict> conflicts = new TreeMap<>();
    private final List<Upload> uploads = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<ResolveConflictCommand> resolutions = new ArrayList<>();
    private final Map<Long, List<String>> headers = new TreeMap<>();
    private final Map<String, ColumnMapping> savedMappings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<MapImportColumnsCommand> mappings = new ArrayList<>();
    private BusinessRuleException nextFailure;
    private ConflictFilter lastFilter;
    private PageRequest lastPage;
    private long nextImportId = 1;
    private long nextConflictId = 1;

    public synchronized void reset() {
        imports.clear();
        problems.clear();
        conflicts.clear();
        uploads.clear();
        calls.clear();
        resolutions.clear();
        headers.clear();
        savedMappings.clear();
        mappings.clear();
        nextFailure = null;
        lastFilter = null;
        lastPage = null;
        nextImportId = 1;
        nextConflictId = 1;
    }

    /** The next use case call throws this. */
    public synchronized void failNextWith(BusinessRuleException failure) {
        this.nextFailure = failure;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public synchronized List<ResolveConflictCommand> resolutions() {
        return List.copyOf(resolutions);
    }

    public synchronized List<MapImportColumnsCommand> mappings() {
        return List.copyOf(mappings);
    }

    /** Stores a generic upload AWAITING_MAPPING whose file has this header row. */
    public synchronized ImportRecord addAwaitingMapping(String fileName, List<String> header) {
        long id = nextImportId++;
        ImportRecord record = new ImportRecord(new ImportId(id), fileName, ImportFormat.GENERIC, "admin@example.com",
                ImportStatus.AWAITING_MAPPING, 0, null, FakeAccounts.NOW, null, null, null);
        imports.put(id, new ImportDetails(record, ImportCounts.none(), false));
        headers.put(id, List.copyOf(header));
        return record;
    }

    /** Saves a column mapping under a name (the names list A to Z). */
    public synchronized void saveMapping(String name, ColumnMapping mapping) {
        savedMappings.put(name, mapping);
    }

    public synchronized ConflictFilter lastFilter() {
        return lastFilter;
    }

    public synchronized PageRequest lastPage() {
        return lastPage;
    }

    /** Stores an import run with these counts. */
    public synchronized ImportRecord add(String fileName, ImportStatus status, long rowsDone, Long rowsTotal, String error,
                                         ImportCounts counts, boolean canRerun) {
        long id = nextImportId++;
        ImportRecord record = new ImportRecord(new ImportId(id), fileName, ImportFormat.PROPERTYRADAR, "admin@example.com",
                status, rowsDone, rowsTotal, FakeAccounts.NOW.minus(Duration.ofMinutes(10 - Math.min(id, 9))),
                status.finished() ? FakeAccounts.NOW : null, error, null);
        imports.put(id, new ImportDetails(record, counts, canRerun));
        return record;
    }

    /** Replaces a stored import's details. */
    public synchronized void put(ImportDetails details) {
        imports.put(details.record().id().value(), details);
    }

    public synchronized void addProblem(ImportId id, ImportProblem problem) {
        problems.computeIfAbsent(id.value(), it -> new ArrayList<>()).add(problem);
    }

    /** Stores an open conflict. */
    public synchronized ImportConflict addConflict(ImportId importId, String contactName, ConflictField field,
                                                   String currentValue, String valueNow, String incomingValue) {
        long id = nextConflictId++;
        ImportConflict conflict = new ImportConflict(id, importId, "file-" + importId.value() + ".csv", id + 1,
                new ContactId(10 + id), contactName, field, currentValue, valueNow, incomingValue, ConflictStatus.OPEN,
                null, null, null, FakeAccounts.NOW);
        conflicts.put(id, conflict);
        return conflict;
    }

    /** Replaces a stored conflict. */
    public synchronized void putConflict(ImportConflict conflict) {
        conflicts.put(conflict.id(), conflict);
    }

    private void call(String name) {
        calls.add(name);
        BusinessRuleException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public ImportId upload(UploadImportCommand command) {
        byte[] content;
        try {
            content = command.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            call("upload");
            uploads.add(new Upload(command.fileName(), content, command.format(), command.mappingName(), command.uploadedBy()));
            ImportRecord record = add(command.fileName(), ImportStatus.QUEUED, 0, null, null, ImportCounts.none(), false);
            return record.id();
        }
    }

    @Override
    public synchronized Page<ImportRecord> list(PageRequest page) {
        call("list");
        lastPage = page;
        List<ImportRecord> all = imports.values().stream().map(ImportDetails::record)
                .sorted(Comparator.comparing((ImportRecord it) -> it.id().value()).reversed()).toList();
        return new Page<>(slice(all, page), all.size(), page);
    }

    @Override
    public synchronized Optional<ImportDetails> get(ImportId id) {
        return Optional.ofNullable(imports.get(id.value()));
    }

    @Override
    public synchronized long export(ImportId id, Consumer<ImportProblem> sink) {
        call("export " + id.value());
        List<ImportProblem> rows = problems.getOrDefault(id.value(), List.of());
        rows.forEach(sink);
        return rows.size();
    }

    @Override
    public synchronized void rerun(ImportId id) {
        call("rerun " + id.value());
        ImportDetails details = imports.get(id.value());
        ImportRecord record = details.record();
        imports.put(id.value(), new ImportDetails(new ImportRecord(record.id(), record.fileName(), record.format(),
                record.startedBy(), ImportStatus.QUEUED, record.rowsDone(), record.rowsTotal(), record.createdAt(), null,
                null, record.mapping()), details.counts(), false));
    }

    /** Like the service: the saved mapping's fields, else a field for each column named like one (ignoring case). */
    @Override
    public synchronized ColumnMappingDraft prepare(ImportId id, String savedMappingNameOrNull) {
        ImportDetails details = awaiting(id);
        List<String> header = headers.getOrDefault(id.value(), List.of());
        Map<String, ImportField> byColumn = new LinkedHashMap<>();
        if (savedMappingNameOrNull != null && !savedMappingNameOrNull.isBlank()) {
            ColumnMapping saved = savedMappings.get(savedMappingNameOrNull.strip());
            if (saved == null) {
                throw BusinessRuleException.invalid("No saved mapping is called '" + savedMappingNameOrNull.strip() + "'");
            }
            saved.columns().forEach((field, column) -> byColumn.put(column, field));
        } else {
            for (String column : header) {
                for (ImportField field : ImportField.values()) {
                    if (field.label().equalsIgnoreCase(column)) {
                        byColumn.put(column, field);
                    }
                }
            }
        }
        return new ColumnMappingDraft(details.record(), header, byColumn, List.copyOf(savedMappings.keySet()));
    }

    /** Records the command; refuses (like the service) two columns mapped to one field; else queues the import. */
    @Override
    public synchronized void map(MapImportColumnsCommand command) {
        call("map " + command.id().value());
        ImportDetails details = awaiting(command.id());
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        command.fieldByColumn().forEach((column, field) -> {
            if (columns.put(field, column) != null) {
                throw BusinessRuleException.invalid("Two columns are mapped to " + field.label());
            }
        });
        ColumnMapping mapping = new ColumnMapping(columns);
        mappings.add(command);
        if (command.saveAsName() != null) {
            savedMappings.put(command.saveAsName(), mapping);
        }
        ImportRecord record = details.record();
        imports.put(record.id().value(), new ImportDetails(new ImportRecord(record.id(), record.fileName(),
                record.format(), record.startedBy(), ImportStatus.QUEUED, 0, null, record.createdAt(), null, null,
                mapping), details.counts(), false));
    }

    private ImportDetails awaiting(ImportId id) {
        ImportDetails details = imports.get(id.value());
        if (details == null) {
            throw BusinessRuleException.notFound("No import " + id);
        }
        if (details.record().status() != ImportStatus.AWAITING_MAPPING) {
            throw BusinessRuleException.conflict("Import " + id + " is no longer waiting for a column mapping");
        }
        return details;
    }

    @Override
    public synchronized int resolveAll(ImportId id, ConflictChoice choice, String resolvedBy) {
        call("resolveAll " + id.value() + " " + choice + " " + resolvedBy);
        int resolved = 0;
        for (ImportConflict conflict : List.copyOf(conflicts.values())) {
            if (conflict.importId().equals(id) && conflict.open()) {
                conflicts.put(conflict.id(), resolved(conflict, choice,
                        choice == ConflictChoice.KEEP ? conflict.valueNow() : conflict.incomingValue(), resolvedBy));
                resolved++;
            }
        }
        return resolved;
    }

    @Override
    public synchronized Page<ImportConflict> list(ConflictFilter filter, PageRequest page) {
        call("listConflicts");
        lastFilter = filter;
        lastPage = page;
        List<ImportConflict> all = conflicts.values().stream()
                .filter(it -> filter.importId() == null || it.importId().equals(filter.importId()))
                .filter(it -> filter.status() == null || it.status() == filter.status())
                .filter(it -> filter.field() == null || it.field() == filter.field())
                .sorted(Comparator.comparingLong(ImportConflict::id).reversed()).toList();
        return new Page<>(slice(all, page), all.size(), page);
    }

    @Override
    public synchronized Optional<ImportConflict> get(long id) {
        return Optional.ofNullable(conflicts.get(id));
    }

    @Override
    public synchronized void resolve(ResolveConflictCommand command) {
        call("resolve " + command.conflictId() + " " + command.choice());
        resolutions.add(command);
        ImportConflict conflict = conflicts.get(command.conflictId());
        if (!conflict.open()) {
            throw BusinessRuleException.conflict("This conflict is already resolved.");
        }
        String value = switch (command.choice()) {
            case KEEP -> conflict.valueNow();
            case TAKE -> conflict.incomingValue();
            case EDIT -> command.editedValue();
        };
        conflicts.put(conflict.id(), resolved(conflict, command.choice(), value, command.resolvedBy()));
    }

    private static ImportConflict resolved(ImportConflict conflict, ConflictChoice choice, String value, String who) {
        return new ImportConflict(conflict.id(), conflict.importId(), conflict.fileName(), conflict.line(),
                conflict.contactId(), conflict.contactName(), conflict.field(), conflict.currentValue(), value,
                conflict.incomingValue(), choice.status(), value, who, FakeAccounts.NOW, conflict.createdAt());
    }

    private static <T> List<T> slice(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + page.size())));
    }
}
