package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.campaign.AddImportToNamedListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ImportListAddition;
import com.attackacrack.crm.application.port.in.campaign.PreparedList;
import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm import FILE}: imports a PropertyRadar, OpenPhone or generic CSV file (optionally read with a saved column
 * mapping, {@code --mapping NAME}) with merge-on-match, streaming it
 * (memory stays flat whatever the size) with a progress bar on the terminal and a summary of the counts read back
 * from the database; with {@code --list NAME} the campaign list is found by name or created before any row is read,
 * and the import's contacts are added to it afterwards (those of the rows committed, if it failed); exits 1 when the
 * import failed or was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import contacts and properties from a CSV file, merging with what is already there.",
            "Contacts match by phone, then email: empty fields are filled, differing values go to the conflict queue."})
public final class ImportCommand implements Callable<Integer> {

    private final Supplier<ImportFileUseCase> useCase;
    private final Supplier<AddImportToNamedListUseCase> toList;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8).")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "propertyradar, openphone or generic (default: detected from the header row).")
    private String format;

    @Option(names = "--mapping", paramLabel = "NAME",
            description = "For generic CSV files: the saved column mapping to read the file with (saved when mapping an "
                    + "upload in Settings > Data Imports; implies --format generic). Default: suggested from the header.")
    private String mapping;

    @Option(names = "--list", paramLabel = "NAME",
            description = "Add every contact the import creates or matches to the campaign list with this name "
                    + "(matched ignoring case; created before the import when no list has it). Not with --dry-run.")
    private String list;

    @Option(names = "--dry-run",
            description = "Work out what would be created, enriched and conflicted, then roll everything back.")
    private boolean dryRun;

    /** The use cases are supplied lazily so that {@code --help} needs no database. */
    public ImportCommand(Supplier<ImportFileUseCase> useCase, Supplier<AddImportToNamedListUseCase> toList) {
        this.useCase = useCase;
        this.toList = toList;
    }

    @Override
    public Integer call() throws IOException {
        ImportFormat requested = format == null ? null : ImportFormat.fromKey(format).orElseThrow(() ->
                BusinessRuleException.invalid("Unknown format '" + format + "': use propertyradar, openphone or generic"));
        CampaignListCommand listCommand = null;
        if (list != null) {
            if (dryRun) {
                throw BusinessRuleException.invalid("--list cannot be used with --dry-run: a dry run saves nothing, so "
                        + "there would be no contacts to add to the list");
            }
            listCommand = new CampaignListCommand(list, null);
        }
        if (!Files.isRegularFile(file)) {
            throw BusinessRuleException.invalid("No such file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreparedList target = listCommand == null ? null : prepareList(out, listCommand);
        long size = Files.size(file);
        Path name = file.getFileName();
        ImportFileUseCase importer = useCase.get();
        long started = System.nanoTime();
        try (CountingInputStream content = new CountingInputStream(Files.newInputStream(file))) {
            ProgressBar bar = new ProgressBar(err, size, content::count);
            ImportOutcome outcome = importer.importFile(new ImportFileCommand(
                    name == null ? file.toString() : name.toString(), content,
                    requested, mapping, operator(), dryRun), bar::rowsApplied);
            bar.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            printSummary(out, outcome, seconds);
            if (target != null && outcome.id() != null) {
                addToList(out, outcome, target);
            }
            return outcome.completed() ? 0 : 1;
        }
    }

    /** Before any row is read: the list exists from here on, even if the import fails half-way. */
    private PreparedList prepareList(PrintWriter out, CampaignListCommand listCommand) {
        PreparedList prepared = toList.get().prepare(listCommand);
        if (prepared.created()) {
            out.println("Created list \"" + prepared.list().name() + "\".");
            out.flush();
        }
        return prepared;
    }

    private static void printSummary(PrintWriter out, ImportOutcome outcome, double seconds) {
        ImportCounts counts = outcome.counts();
        String what = outcome.dryRun() ? "Dry run (nothing was saved) of a " : "Import " + outcome.id() + " of a ";
        out.printf(Locale.ROOT, "%s%s: %s in %.1f s (%,.0f rows/s).%n", what, outcome.format().label(),
                outcome.completed() ? "read to the end" : "FAILED", seconds, counts.rowsRead() / Math.max(seconds, 1e-3));
        if (outcome.error() != null) {
            out.println("Stopped at: " + outcome.error());
        }
        String would = outcome.dryRun() ? "would be " : "";
        out.printf(Locale.ROOT, "  rows read          %,12d  (rejected: %,d; field problems: %,d)%n", counts.rowsRead(),
                counts.rowsRejected(), counts.problems());
        out.printf(Locale.ROOT, "  contacts %s%n", would);
        out.printf(Locale.ROOT, "    created          %,12d%n    enriched         %,12d%n    unchanged        %,12d%n",
                counts.contactsCreated(), counts.contactsEnriched(), counts.contactsUnchanged());
        out.printf(Locale.ROOT, "  properties %s%n", would);
        out.printf(Locale.ROOT, "    created          %,12d%n    updated          %,12d%n    unchanged        %,12d%n",
                counts.propertiesCreated(), counts.propertiesUpdated(), counts.propertiesUnchanged());
        out.printf(Locale.ROOT, "  conflicts %squeued %,9d%n", would, counts.conflictsQueued());
        if (!outcome.dryRun() && counts.changedNothing() && counts.rowsRead() > 0) {
            out.println("Everything in the file was already there: nothing changed.");
        }
        if (!outcome.dryRun() && (counts.problems() > 0 || counts.conflictsQueued() > 0)) {
            out.println("Row problems and conflicts are listed in Settings > Data Imports.");
        }
        out.flush();
    }

    private void addToList(PrintWriter out, ImportOutcome outcome, PreparedList target) {
        ImportListAddition addition = toList.get().addImport(target.list().id(), outcome.id());
        String from = outcome.completed() ? "" : " from the rows imported before the failure";
        out.printf(Locale.ROOT, "Added %,d contact(s)%s to list \"%s\" (%,d already on it); the list now has %,d members.%n",
                addition.added(), from, addition.list().name(), addition.alreadyMembers(), addition.list().memberCount());
        out.flush();
    }

    private static String operator() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "CLI (" + System.getProperty("user.name", "unknown") + "@" + host + ")";
    }

    /** Counts the bytes read so the progress bar can show how far into the file the import is. */
    private static final class CountingInputStream extends java.io.FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
