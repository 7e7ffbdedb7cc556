package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.List;
import java.util.Optional;

/** Keeps the newest heartbeat of each process so health checks and the System page can show who is alive. */
public interface HeartbeatRepository {

    /** Stores the heartbeat, replacing any older one of the same process; an older heartbeat never replaces a newer one. */
    void record(Heartbeat heartbeat);

    /** The most recently received heartbeat of any process in the role. */
    Optional<Heartbeat> latest(ProcessRole role);

    /** The newest heartbeat of every process, most recent first. */
    List<Heartbeat> all();
}
