package com.attackacrack.crm.bootstrap.config;

import java.util.Locale;

/** The environment a process runs in, chosen by {@code CRM_ENV}. */
public enum CrmEnvironment {
    DEVELOPMENT,
    PRODUCTION,
    TEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
