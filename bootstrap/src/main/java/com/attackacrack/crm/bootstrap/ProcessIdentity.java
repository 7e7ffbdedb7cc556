package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/** Names this process for heartbeats and logs: role, host and operating-system pid. */
final class ProcessIdentity {

    private ProcessIdentity() {
    }

    static ProcessInfo of(ProcessRole role, String version, Clock clock) {
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        return new ProcessInfo(role.code() + "-" + host + "-" + pid, role, host, version, clock.instant());
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
