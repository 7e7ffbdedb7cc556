package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.LeaderLock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link LeaderLock} as a PostgreSQL session-level advisory lock, held on one dedicated connection from the pool for
 * as long as this process leads; when that connection dies, the server drops the lock and another process can take it.
 */
public final class PostgresLeaderLock implements LeaderLock {

    /** The name of the campaign scheduler's lock. */
    public static final String SCHEDULER = "crm.scheduler";

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final String name;
    private final long key;
    private Connection held;

    /** A lock named {@code name} (its 64-bit key is derived from the name) on the database behind {@code dataSource}. */
    public PostgresLeaderLock(DataSource dataSource, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.name = Objects.requireNonNull(name, "name");
        this.key = keyOf(name);
    }

    /** The advisory-lock key for a lock name: the first 8 bytes of the name's SHA-256, the same in every process. */
    public static long keyOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * True while the connection that took the lock is still alive; a dead one means the lock was lost, so it is dropped
     * and the lock is tried again on a new connection. Throws when the database cannot be reached at all.
     */
    @Override
    public synchronized boolean tryAcquire() {
        if (held != null) {
            if (isAlive(held)) {
                return true;
            }
            closeQuietly(held);
            held = null;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (call(connection, "select pg_try_advisory_lock(?)")) {
                held = connection;
                return true;
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not try the PostgreSQL lock '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Unlocks and gives the connection back to the pool; one that cannot be unlocked is aborted instead. */
    @Override
    public synchronized void close() {
        if (held == null) {
            return;
        }
        Connection connection = held;
        held = null;
        try {
            call(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            abortQuietly(connection);
        } finally {
            closeQuietly(connection);
        }
    }

    private boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean isAlive(Connection connection) {
        try {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A connection whose unlock failed must not go back to the pool still holding the lock. */
    private static void abortQuietly(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // already broken: the server ends the session and its lock with it
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection: the pool discards it
        }
    }
}
