package com.attackacrack.crm.application.port.out;

/** Reads facts about the Redis server for the System page from its INFO. */
public interface RedisInspector {

    /** Facts read right now; throws when Redis cannot be reached or read. */
    RedisFacts inspect();

    /**
     * What Redis says about itself.
     *
     * @param serverVersion    the Redis server version
     * @param usedMemoryBytes  memory Redis has allocated
     * @param connectedClients client connections open to the server
     */
    record RedisFacts(String serverVersion, long usedMemoryBytes, long connectedClients) {
    }
}
