package com.attackacrack.crm.application.port.out;

/**
 * A lock only one process in the deployment holds at a time (the scheduler's leadership); a holder that dies loses it
 * at once, so another process can take over.
 */
public interface LeaderLock extends AutoCloseable {

    /** Takes the lock if it is free (or already ours); true when this process holds it now. */
    boolean tryAcquire();

    /** Gives the lock up if held. */
    @Override
    void close();
}
