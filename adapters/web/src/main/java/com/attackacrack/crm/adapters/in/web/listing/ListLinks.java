package com.attackacrack.crm.adapters.in.web.listing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the links of a list page (sort headers, pages, export) that keep the current filters. */
public final class ListLinks {

    private final String path;
    private final Map<String, String> filters;

    /**
     * Links to {@code path} carrying the given filters.
     *
     * @param path    the list's path, e.g. {@code /contacts}
     * @param filters parameter name to value, only those with a value; {@code page} and {@code sort} are set per link
     */
    public ListLinks(String path, Map<String, String> filters) {
        this.path = path;
        this.filters = new LinkedHashMap<>(filters);
        this.filters.remove("page");
    }

    /** The same filters and sort on another page. */
    public String page(long page) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        if (page > 1) {
            params.put("page", Long.toString(page));
        }
        return url(path, params);
    }

    /** The same filters in another order, from the first page. */
    public String sort(String sort) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.put("sort", sort);
        return url(path, params);
    }

    /** Another path (the CSV export) with the same filters and sort. */
    public String at(String otherPath) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.remove("size");
        return url(otherPath, params);
    }

    /** The path with the parameters, URL-encoded. */
    public static String url(String path, Map<String, String> params) {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(it -> encode(it.getKey()) + "=" + encode(it.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
