package io.credence.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query one page at a time. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        var items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size)).list();
        return new Page<>(items, request.page, request.size, query.count());
    }
}
