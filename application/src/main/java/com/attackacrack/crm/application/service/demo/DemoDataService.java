package com.attackacrack.crm.application.service.demo;

import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataUseCase;
import com.attackacrack.crm.application.port.out.DemoDataWriter;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import java.time.Clock;
import java.util.Objects;

/**
 * Generates the requested number of demo contacts (with about 0.6 properties each) in batches through the writer,
 * numbering them above every earlier run, and reports the counts the database holds before and after.
 */
public final class DemoDataService implements GenerateDemoDataUseCase {

    static final int DEFAULT_BATCH_SIZE = 10_000;

    private final DemoDataWriter writer;
    private final Clock clock;
    private final int batchSize;

    public DemoDataService(DemoDataWriter writer, Clock clock) {
        this(writer, clock, DEFAULT_BATCH_SIZE);
    }

    DemoDataService(DemoDataWriter writer, Clock clock, int batchSize) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
    }

    @Override
    public DemoDataReport generate(GenerateDemoDataCommand command) {
        Objects.requireNonNull(command, "command");
        Counts before = writer.counts();
        DemoDataGenerator generator = new DemoDataGenerator(command.seed(), writer.nextSerials(), clock.instant());
        int remaining = command.contacts();
        while (remaining > 0) {
            int size = Math.min(batchSize, remaining);
            DemoDataGenerator.Batch batch = generator.next(size);
            writer.writeBatch(batch.contacts(), batch.properties(), batch.links());
            remaining -= size;
        }
        return new DemoDataReport(before, writer.counts());
    }
}
