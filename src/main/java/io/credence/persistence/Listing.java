package io.credence.persistence;

import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a listing shows: the entities matching an HQL condition (named parameters, or none), in an
 * order. It reads one page at a time and counts its items only up to a limit, with a query an index
 * can answer alone: counting a whole listing costs time in proportion to its length (a million
 * claims take seconds), while nobody pages that far.
 */
public record Listing<T>(
        Class<T> entity, String where, Map<String, Object> params, Sort order, int countLimit, String fetched) {

    /** Listings count their items up to this many; the page says when there are more. */
    public static final int COUNT_LIMIT = 1_000;

    public static <T> Listing<T> all(Class<T> entity, Sort order) {
        return where(entity, "", Map.of(), order);
    }

    public static <T> Listing<T> where(Class<T> entity, String where, Map<String, Object> params, Sort order) {
        return new Listing<>(entity, where, params, order, COUNT_LIMIT, null);
    }

    /** The same listing, counted up to another limit. */
    /** The largest count limit: one more is still an int. */
    public static final int MAX_COUNT_LIMIT = Integer.MAX_VALUE - 1;

    public Listing<T> countingUpTo(int limit) {
        return new Listing<>(entity, where, params, order, limit, fetched);
    }

    /**
     * The same listing, each page read with this collection of its entities in the same statement. Read
     * apart, as Hibernate does when a response first touches it, the collection cost a claim listing a
     * third round trip and a tenth of its CPU in the batch loader.
     */
    public Listing<T> fetching(String collection) {
        return new Listing<>(entity, where, params, order, countLimit, collection);
    }

    public Page<T> page(PageQuery request) {
        long before = (long) request.page() * request.size();
        // An offset past what JDBC can express is past any listing: an empty page, not an overflow.
        List<T> items = before > Integer.MAX_VALUE ? List.of() : read((int) before, request.size());
        if (items.size() < request.size() && (!items.isEmpty() || request.page() == 0)) {
            return new Page<>(items, request.page(), request.size(), before + items.size(), true); // the last page
        }
        long counted = countUpTo(countLimit + 1);
        return counted > countLimit
                ? new Page<>(items, request.page(), request.size(), countLimit, false)
                : new Page<>(items, request.page(), request.size(), counted, true);
    }

    private List<T> read(int offset, int size) {
        if (fetched == null) {
            return bind(Panache.getEntityManager()
                            .createQuery(
                                    "from " + entity.getSimpleName() + condition() + " order by " + orderBy(""),
                                    entity))
                    .setFirstResult(offset)
                    .setMaxResults(size)
                    .getResultList();
        }
        // A limit on a query that fetches a collection would be applied in memory, after reading every
        // match: the page is chosen by a subquery instead, and the outer query fetches only its rows.
        return bind(Panache.getEntityManager()
                        .createQuery(
                                "select e from " + entity.getSimpleName() + " e left join fetch e." + fetched
                                        + " where e.id in (select id from " + entity.getSimpleName() + condition()
                                        + " order by " + orderBy("") + " limit :listingSize offset :listingOffset)"
                                        + " order by " + orderBy("e."),
                                entity))
                .setParameter("listingOffset", offset)
                .setParameter("listingSize", size)
                .getResultList();
    }

    private long countUpTo(int limit) {
        // HQL wants an order in a limited subquery; ordering by the constant costs the database nothing.
        return bind(Panache.getEntityManager()
                        .createQuery(
                                "select count(*) from (select 1 as one from " + entity.getSimpleName() + condition()
                                        + " order by 1 limit " + limit + ")",
                                Long.class))
                .getSingleResult();
    }

    private String condition() {
        return where.isBlank() ? "" : " where " + where;
    }

    private String orderBy(String alias) {
        return order.getColumns().stream()
                .map(c -> alias + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }

    private <Q> TypedQuery<Q> bind(TypedQuery<Q> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
