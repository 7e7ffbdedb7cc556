package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberTimeZones;
import com.attackacrack.crm.bootstrap.CampaignFaultFixtures.PhoneBlock;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign fault test of issue 7: a 1,000-recipient list campaign sent by two {@code crm worker} processes under
 * one {@code crm scheduler}, against the fake OpenPhone server limited to 10 requests a second (the app's shared limit
 * set to the same), with signed delivery webhooks to a {@code crm serve --no-worker --no-scheduler}. One worker is
 * killed with SIGKILL three times while the campaign runs (and restarted each time). The campaign must end with every
 * recipient delivered, failed, excluded or left unknown for review, no number texted twice, and no 429 at the fake.
 */
class CampaignFaultTest {

    /** The fixture key of ../shared/fixtures/openphone/signature-vectors.json (not a secret). */
    private static final String SIGNING_KEY = FakeOpenPhoneSetup.SIGNING_KEY;
    private static final String API_KEY = "fake-openphone-api-key";
    private static final String LINE = "+16175559100";
    private static final String LINE_ID = "PNfaultLine01";
    private static final int RATE = 10;
    private static final int RECIPIENTS = 1_000;
    /** Kills land when the fake has accepted this many texts: early, middle and late in the run. */
    private static final List<Integer> KILL_AT = List.of(150, 450, 750);
    /**
     * How long the whole campaign may take. A worker killed holding a batch of read-but-unstarted jobs leaves them in
     * its Redis pending list until the visibility timeout (5 min, JobWorkerSettings.defaults) lets another worker
     * reclaim them, so completion after the last kill can take that long.
     */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(9);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void aCampaignWithAWorkerKilledThreeTimesMidRunSendsEachTextAtMostOnceWithoutA429() throws Exception {
        Optional<PhoneBlock> daytime = CampaignFaultFixtures.daytimeBlock(RUN_TIMEOUT.plusMinutes(2), RECIPIENTS);
        assumeThat(daytime).as("a block of numbers outside quiet hours now").isPresent();
        PhoneBlock block = daytime.orElseThrow();
        int port = ServeEndToEndTest.freePort();
        PostgresUrl database = TestDatabase.freshDatabase("crm_campaign_fault");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        List<CrmProcess> processes = new ArrayList<>();
        try (FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(API_KEY, RATE)) {
            openPhone.sendWebhooksTo(URI.create("http://localhost:" + port + "/webhooks/openphone"), SIGNING_KEY)
                    .sendingNumber(LINE);
            openPhone.seedPhoneNumber(LINE_ID, LINE);
            env.put("OPENPHONE_API_KEY", API_KEY);
            env.put("OPENPHONE_API_BASE_URL", openPhone.baseUrl().toString());
            env.put("OPENPHONE_PHONE_NUMBER_ID", LINE);
            env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", SIGNING_KEY);
            env.put("OPENPHONE_REQUESTS_PER_SECOND", Integer.toString(RATE));
            env.put("CAMPAIGN_SEND_LEASE_SECONDS", "30");
            env.put("CAMPAIGN_REVIEW_AFTER_SECONDS", "30");
            try {
                CrmProcess serve = started(processes, env, "serve", "--no-worker", "--no-scheduler");
                serve.awaitOutput("Attack-a-Crack CRM is ready", START_TIMEOUT);
                CrmProcess scheduler = started(processes, env, "scheduler");
                CrmProcess steady = started(processes, env, "worker");
                CrmProcess victim = started(processes, env, "worker");
                scheduler.awaitOutput("is leading", START_TIMEOUT);
                steady.awaitOutput("consuming jobs", START_TIMEOUT);
                victim.awaitOutput("consuming jobs", START_TIMEOUT);

                try (HikariDataSource pool = PostgresDataSources.create(database, 2, "campaign-fault-test")) {
                    Jdbi jdbi = Jdbis.create(pool);
                    Instant launched = Instant.now();
                    CampaignId campaign = CampaignFaultFixtures.launchListCampaign(jdbi, block, RECIPIENTS, 10_000);

                    for (int threshold : KILL_AT) {
                        steady.await(() -> openPhone.received().size() >= threshold, Duration.ofMinutes(3),
                                threshold + " texts at the fake");
                        victim.kill();
                        System.out.printf("killed a worker (pid %d) after %d texts%n", victim.pid(),
                                openPhone.received().size());
                        victim = started(processes, env, "worker");
                    }

                    steady.await(() -> settled(jdbi, campaign), RUN_TIMEOUT.minus(Duration.between(launched,
                            Instant.now())), "every recipient to be settled and the campaign completed");
                    Duration took = Duration.between(launched, Instant.now());
                    // Delivery reports trail the sends by a moment: let the last ones land.
                    steady.await(() -> CampaignFaultFixtures.statusCounts(jdbi, campaign).getOrDefault("sent", 0) == 0,
                            Duration.ofSeconds(30), "the last delivery reports");

                    Map<String, Integer> counts = CampaignFaultFixtures.statusCounts(jdbi, campaign);
                    List<FakeOpenPhoneServer.ReceivedMessage> received = openPhone.received();
                    Map<String, Long> perNumber = received.stream()
                            .collect(Collectors.groupingBy(m -> String.join(",", m.to()), Collectors.counting()));
                    Set<String> leftForReview = phonesWith(jdbi, campaign, "status = 'unknown'");
                    Set<String> withProviderId = phonesWith(jdbi, campaign, "provider_message_id is not null");
                    Set<String> reviewButReceived = new HashSet<>(leftForReview);
                    reviewButReceived.retainAll(perNumber.keySet());
                    System.out.printf("campaign fault run: %s in %ds; fake received %d texts (%d numbers), %d 429s, "
                                    + "%d GET /v1/messages; left for review %d (of which the fake had %d)%n",
                            counts, took.toSeconds(), received.size(), perNumber.size(),
                            openPhone.tooManyRequestsCount(), openPhone.messageListRequestCount(),
                            leftForReview.size(), reviewButReceived.size());

                    assertThat(perNumber).as("numbers texted more than once")
                            .allSatisfy((number, times) -> assertThat(times).as(number).isEqualTo(1L));
                    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RECIPIENTS);
                    assertThat(counts.keySet()).as("every recipient terminal or left for review")
                            .isSubsetOf("delivered", "failed", "excluded", "review");
                    assertThat(CampaignFaultFixtures.campaignStatus(jdbi, campaign)).isEqualTo("completed");
                    assertThat(withProviderId).as("recipients recorded as sent are exactly the numbers the fake got")
                            .isEqualTo(perNumber.keySet());
                    assertThat(counts.getOrDefault("delivered", 0) + counts.getOrDefault("failed", 0))
                            .isEqualTo(received.size());
                    assertThat(reviewButReceived).as("texts the fake got but left for review").isEmpty();
                    assertThat(campaignMessages(jdbi, campaign)).as("outbound conversation messages of the campaign")
                            .isEqualTo(received.size());
                    assertThat(openPhone.tooManyRequestsCount()).as("429s answered by the fake").isZero();
                }
            } finally {
                processes.forEach(CrmProcess::close);
            }
        }
    }

    @Test
    void theCandidateNumbersMapToTheirOneTimeZone() {
        LibPhoneNumberTimeZones zones = new LibPhoneNumberTimeZones();
        for (PhoneBlock block : CampaignFaultFixtures.BLOCKS) {
            int last = Math.min(block.capacity(), RECIPIENTS) - 1;
            assertThat(zones.zonesOf(new PhoneNumber(block.number(0)))).as(block.place())
                    .isEqualTo(block.expectedZones());
            assertThat(zones.zonesOf(new PhoneNumber(block.number(last)))).as(block.place() + " " + last)
                    .isEqualTo(block.expectedZones());
        }
    }

    private static CrmProcess started(List<CrmProcess> processes, Map<String, String> env, String... args) {
        CrmProcess process = CrmProcess.start(Main.class.getName(), env, args);
        processes.add(process);
        return process;
    }

    /** Nothing pending, sending or still being reconciled, and the campaign completed. */
    private static boolean settled(Jdbi jdbi, CampaignId campaign) {
        Map<String, Integer> counts = CampaignFaultFixtures.statusCounts(jdbi, campaign);
        return counts.getOrDefault("pending", 0) + counts.getOrDefault("sending", 0)
                + counts.getOrDefault("unknown", 0) == 0
                && CampaignFaultFixtures.campaignStatus(jdbi, campaign).equals("completed");
    }

    private static long campaignMessages(Jdbi jdbi, CampaignId campaign) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select count(*) from messages where campaign_id = :campaign and direction = 'outbound'")
                .bind("campaign", campaign.value()).mapTo(Long.class).one());
    }

    private static Set<String> phonesWith(Jdbi jdbi, CampaignId campaign, String condition) {
        return new HashSet<>(jdbi.withHandle(handle -> handle.createQuery(
                        "select phone from campaign_recipients where campaign_id = :campaign and " + condition)
                .bind("campaign", campaign.value()).mapTo(String.class).list()));
    }
}
