package io.callreview.web.page;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a page of a list stands, from the services' {@code page}, {@code size} and {@code total}; a total that is not
 * {@code exact} means "more than that" (a long call list is counted only so far).
 */
public record Paging(int page, int size, long total, boolean exact) {

    public Paging(int page, int size, long total) {
        this(page, size, total, true);
    }

    public static Paging of(JsonNode list, int size) {
        return new Paging(list.path("page").asInt(0), size, list.path("total").asLong(0), list.path("totalExact").asBoolean(true));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return !exact || (long) (page + 1) * size < total;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The total as a reader sees it: "10000+" when more match. */
    public String totalShown() {
        return exact ? String.valueOf(total) : total + "+";
    }

    /** The number of pages, likewise. */
    public String pagesShown() {
        return exact ? String.valueOf(pages()) : pages() + "+";
    }

    public int shown() {
        return page + 1;
    }
}
