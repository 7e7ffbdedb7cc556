package com.attackacrack.crm.bootstrap.config;

/** How log events are written: readable lines for people, or one JSON object per line for log collectors. */
public enum LogFormat {
    TEXT,
    JSON
}
