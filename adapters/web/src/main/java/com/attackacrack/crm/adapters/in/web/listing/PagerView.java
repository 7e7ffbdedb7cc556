package com.attackacrack.crm.adapters.in.web.listing;

import com.attackacrack.crm.domain.shared.Page;

/**
 * The pagination of a list page: "page N of M" and first/previous/next/last links keeping the filters (empty when
 * there is no such page).
 *
 * @param page     the current page, 1-based
 * @param pages    how many pages the filtered total fills
 * @param total    the filtered total
 * @param first    link to the first page, or {@code ""}
 * @param previous link to the previous page, or {@code ""}
 * @param next     link to the next page, or {@code ""}
 * @param last     link to the last page, or {@code ""}
 */
public record PagerView(int page, long pages, long total, String first, String previous, String next, String last) {

    /** The pager for a page of results. */
    public static PagerView of(Page<?> results, ListLinks links) {
        int page = results.request().page();
        long pages = results.totalPages();
        boolean hasPrevious = results.hasPrevious();
        boolean hasNext = results.hasNext();
        return new PagerView(page, pages, results.total(),
                hasPrevious ? links.page(1) : "",
                hasPrevious ? links.page(Math.min(page - 1L, pages)) : "",
                hasNext ? links.page(page + 1L) : "",
                hasNext ? links.page(pages) : "");
    }
}
