package com.attackacrack.crm.application.port.in.system;

/** Announces that this process is alive by sending a heartbeat job through the queue. */
public interface PublishHeartbeatUseCase {

    void publish();
}
