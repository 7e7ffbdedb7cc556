package com.attackacrack.crm.domain.shared;

/** Which page of a list to show: 1-based page number and rows per page (1 to 500, 100 by default). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 1) {
            throw BusinessRuleException.invalid("Page must be 1 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BusinessRuleException.invalid("Page size must be from 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
