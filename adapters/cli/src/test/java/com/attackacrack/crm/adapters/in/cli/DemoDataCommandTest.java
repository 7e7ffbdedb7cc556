package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataCommandTest {

    private final List<GenerateDemoDataCommand> received = new ArrayList<>();
    private int useCaseLookups;

    @Test
    void addsTheRequestedContactsWithTheSeedAndPrintsTheCountsFromTheDatabase() {
        Run run = Run.of(givenCommand(), "--contacts", "250000", "--seed", "7");

        assertThat(run.exitCode()).isZero();
        assertThat(received).containsExactly(new GenerateDemoDataCommand(250_000, 7));
        assertThat(run.out()).contains("Added 250,000 contacts, 150,000 properties and 180,000 links in ")
                .contains("The database now holds 250,010 contacts, 150,005 properties and 180,005 links.");
    }

    @Test
    void addsAThousandContactsWithSeed42ByDefault() {
        Run run = Run.of(givenCommand());

        assertThat(run.exitCode()).isZero();
        assertThat(received).containsExactly(new GenerateDemoDataCommand(1_000, 42));
    }

    @Test
    void refusesMoreThanTwoMillionBeforeReachingTheDatabase() {
        Run run = Run.of(givenCommand(), "--contacts", "2000001");

        assertThat(run.exitCode()).isNotZero();
        assertThat(useCaseLookups).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void helpNeedsNoDatabase() {
        Run run = Run.of(givenCommand(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--contacts", "--seed");
        assertThat(useCaseLookups).isZero();
    }

    private DemoDataCommand givenCommand() {
        return new DemoDataCommand(() -> {
            useCaseLookups++;
            return command -> {
                received.add(command);
                long contacts = command.contacts();
                return new DemoDataReport(new Counts(10, 5, 5),
                        new Counts(10 + contacts, 5 + contacts * 3 / 5, 5 + contacts * 18 / 25));
            };
        });
    }
}
