package io.callreview.web.page;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a page of a list stands, from the services' {@code page}, {@code size} and {@code total}. */
public record Paging(int page, int size, long total) {

    public static Paging of(JsonNode list, int size) {
        return new Paging(list.path("page").asInt(0), size, list.path("total").asLong(0));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
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

    public int shown() {
        return page + 1;
    }
}
