package com.attackacrack.crm.application.port.in.system;

import com.attackacrack.crm.domain.system.SystemHealth;

/** Answers whether the database, Redis and the workers are up right now, with a detail for each. */
public interface CheckSystemHealthUseCase {

    SystemHealth check();
}
