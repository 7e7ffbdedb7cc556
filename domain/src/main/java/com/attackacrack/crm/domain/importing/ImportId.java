package com.attackacrack.crm.domain.importing;

/** Identifies one import run. */
public record ImportId(long value) {

    public ImportId {
        if (value < 1) {
            throw new IllegalArgumentException("import ids start at 1, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
