package com.attackacrack.crm.domain.shared;

import java.util.List;

/** One page of a list with the total number of rows that match the filter (not just this page). */
public record Page<T>(List<T> rows, long total, PageRequest request) {

    public Page {
        rows = List.copyOf(rows);
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
    }

    public long totalPages() {
        return total == 0 ? 1 : (total + request.size() - 1) / request.size();
    }

    public boolean hasNext() {
        return request.page() < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }
}
