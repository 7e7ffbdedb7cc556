package com.attackacrack.crm.adapters.out.redis.testing;

import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.adapters.out.redis.embedded.EmbeddedRedis;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Redis every test in this JVM shares: {@code CRM_TEST_REDIS_URL} when set, else a Testcontainers
 * {@code redis:7-alpine} when Docker answers, else an embedded server. Keys live under a random per-run prefix
 * ({@code crm-test-<random>:}) and are deleted when the JVM exits.
 */
public final class TestRedis {

    /** The environment variable naming an existing Redis for tests. */
    public static final String URL_VARIABLE = "CRM_TEST_REDIS_URL";

    private final String url;
    private final String source;
    private final String keyPrefix = "crm-test-" + random() + ":";
    private final RedisConnections connections;
    private final Runnable stopServer;

    private TestRedis(String url, String source, Runnable stopServer) {
        this.url = url;
        this.source = source;
        this.connections = new RedisConnections(url);
        this.stopServer = stopServer;
    }

    private static final class Holder {
        private static final TestRedis INSTANCE = create();
    }

    /** The JVM-wide instance, started on first use. */
    public static TestRedis get() {
        return Holder.INSTANCE;
    }

    private static TestRedis create() {
        String configured = System.getenv(URL_VARIABLE);
        TestRedis redis;
        if (configured != null && !configured.isBlank()) {
            redis = new TestRedis(configured.trim(), "environment", () -> { });
        } else if (dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
            container.start();
            redis = new TestRedis("redis://" + container.getHost() + ":" + container.getMappedPort(6379), "testcontainers",
                    container::stop);
        } else {
            EmbeddedRedis embedded = EmbeddedRedis.start(0);
            redis = new TestRedis(embedded.url(), "embedded", embedded::close);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(redis::shutDown, "test-redis-cleanup"));
        return redis;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The URL to reach this Redis. */
    public String url() {
        return url;
    }

    /** Where this Redis came from: environment, testcontainers or embedded. */
    public String source() {
        return source;
    }

    /** This run's key prefix; every key a test writes starts with it. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** A fresh prefix under this run's prefix, for a test that must not see other tests' keys. */
    public String newPrefix() {
        return keyPrefix + random() + ":";
    }

    /** Connections to this Redis shared by all tests; closed at exit, so do not close them. */
    public RedisConnections connections() {
        return connections;
    }

    /** Deletes every key under {@code prefix} (which must start with this run's prefix); returns how many. */
    public long deleteKeys(String prefix) {
        if (!prefix.startsWith(keyPrefix)) {
            throw new IllegalArgumentException("refusing to delete keys outside this run's prefix: " + prefix);
        }
        RedisCommands<String, String> redis = connections.shared().sync();
        long deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                deleted += redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    private void shutDown() {
        try {
            deleteKeys(keyPrefix);
        } catch (RuntimeException e) {
            System.err.println("test Redis cleanup failed: " + e);
        } finally {
            connections.close();
            stopServer.run();
        }
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
