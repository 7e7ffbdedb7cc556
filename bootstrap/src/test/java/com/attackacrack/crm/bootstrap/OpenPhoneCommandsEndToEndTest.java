package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code crm openphone reconcile} and {@code crm openphone replay} as an operator runs them, against PostgreSQL,
 * Redis and the fake OpenPhone server: reconcile adds the texts and calls webhooks missed for a known conversation
 * (honouring a missed STOP) and a second run adds nothing; replay puts a dead letter back in the queue and names an
 * unknown event.
 */
class OpenPhoneCommandsEndToEndTest {

    private static final String API_KEY = "fake-openphone-api-key";
    private static final String LINE = "+16175550100";
    private static final String DANA = "+16175550123";

    private PostgresUrl database;
    private FakeOpenPhoneServer openPhone;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void givenAKnownConversationAndTheFakeOpenPhone() throws SQLException {
        database = TestDatabase.freshDatabase("crm_openphone_cli");
        openPhone = FakeOpenPhoneServer.start(API_KEY);
        env.put("DATABASE_URL", ServeEndToEndTest.asUrl(database));
        env.put("REDIS_URL", TestRedis.get().url());
        env.put("REDIS_KEY_PREFIX", TestRedis.get().newPrefix());
        env.put("OPENPHONE_API_KEY", API_KEY);
        env.put("OPENPHONE_API_BASE_URL", openPhone.baseUrl().toString());
        env.put("OPENPHONE_PHONE_NUMBER_ID", LINE);
        assertThat(crm("migrate").exit()).isZero();
        execute("insert into contacts (first_name, last_name, phone, source, created_at, updated_at, last_activity_at) "
                + "values ('Dana', 'Whitfield', '" + DANA + "', 'manual', now(), now(), now())");
        execute("insert into conversations (contact_id, last_activity_at) select id, now() from contacts");
    }

    @AfterEach
    void stopTheFake() {
        openPhone.close();
    }

    @Test
    void reconcileAddsWhatWebhooksMissedOnce() throws SQLException {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        openPhone.seedPhoneNumber("PNlineMain01", LINE)
                .seedMessage(message("ACmissed1", DANA, LINE, "incoming", "Is Tuesday ok?", hourAgo))
                .seedMessage(message("ACmissed2", LINE, DANA, "outgoing", "Tuesday at 10 works.", hourAgo.plusSeconds(60)))
                .seedMessage(message("ACmissed3", DANA, LINE, "incoming", "STOP", hourAgo.plusSeconds(120)))
                .seedMessage(message("ACold", DANA, LINE, "incoming", "Three days ago", hourAgo.minus(Duration.ofDays(3))))
                .seedCall("{\"id\":\"ACcall1\",\"object\":\"call\",\"direction\":\"incoming\",\"status\":\"completed\","
                        + "\"participants\":[\"" + DANA + "\",\"" + LINE + "\"],\"phoneNumberId\":\"PNlineMain01\","
                        + "\"createdAt\":\"" + hourAgo.minusSeconds(600) + "\",\"answeredAt\":\"" + hourAgo.minusSeconds(595)
                        + "\",\"answeredBy\":\"USagent0001\",\"completedAt\":\"" + hourAgo.minusSeconds(500)
                        + "\",\"duration\":95}");

        Run first = crm("openphone", "reconcile", "--since", "48h");
        Run second = crm("openphone", "reconcile", "--since", "48h");

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Checked 1 conversation", "3 messages and 1 call added");
        assertThat(text("select string_agg(provider_id || ':' || direction || ':' || status, ',' order by provider_id)"
                + " from messages")).isEqualTo("ACmissed1:inbound:received,ACmissed2:outbound:delivered,"
                + "ACmissed3:inbound:received");
        assertThat(text("select status || ':' || duration_seconds from calls")).isEqualTo("completed:95");
        assertThat(text("select string_agg(phone, ',') from suppressions")).isEqualTo(DANA);
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("0 messages and 0 calls added", "4 already known");
        assertThat(text("select count(*) from messages")).isEqualTo("3");
        assertThat(openPhone.requestedUris()).anySatisfy(uri -> assertThat(uri).contains("/v1/messages", "PNlineMain01"));
    }

    @Test
    void replayQueuesADeadLetterAgainAndNamesAnUnknownEvent() throws SQLException {
        execute("insert into webhook_events (event_id, type, scheme, payload, status, attempts, last_error, received_at) "
                + "values ('EVdead1', 'message.received', 'legacy', '{\"id\":\"EVdead1\"}', 'dead', 5, 'boom', now())");

        Run replayed = crm("openphone", "replay", "--event", "EVdead1");
        Run unknown = crm("openphone", "replay", "--event", "EVnope");

        assertThat(replayed.exit()).as(replayed.err()).isZero();
        assertThat(replayed.out()).contains("Queued event EVdead1 (message.received)");
        assertThat(text("select status || ':' || attempts from webhook_events")).isEqualTo("received:0");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("EVnope");
    }

    private static String message(String id, String from, String to, String direction, String text, Instant at) {
        return "{\"id\":\"" + id + "\",\"object\":\"message\",\"from\":\"" + from + "\",\"to\":[\"" + to + "\"],"
                + "\"direction\":\"" + direction + "\",\"text\":\"" + text + "\",\"status\":\""
                + (direction.equals("incoming") ? "received" : "delivered") + "\",\"phoneNumberId\":\"PNlineMain01\","
                + "\"createdAt\":\"" + at + "\"}";
    }

    private record Run(int exit, String out, String err) {
    }

    private Run crm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
