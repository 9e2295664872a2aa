package io.credence.paging;

/**
 * Which page of a listing to read: pages are numbered from 0 and hold {@code size} items. The HTTP
 * edge reads it from the query string (io.credence.api.PageRequest) and the console from its forms.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;
    /** Pages past this are refused: with MAX_SIZE, every offset is still an int (10,000,000 × 200 < 2³¹). */
    public static final int MAX_PAGE = 10_000_000;
}
