package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.system.ComponentStatus;

/** Checks that one external part the CRM needs (the database, Redis) answers right now. */
public interface ComponentProbe {

    /** Never throws: a failure to answer is reported as a down status with the reason. */
    ComponentStatus check();
}
