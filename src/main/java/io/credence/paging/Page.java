package io.credence.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing. */
public record Page<T>(
        @Schema(description = "The items on this page.") List<T> items,

        @Schema(description = "Page number, from 0.", examples = "0")
        int page,

        @Schema(description = "Requested page size.", examples = "20")
        int size,

        @Schema(
                description = "Number of items in the whole listing, counted up to 1,000 (a claim text search "
                        + "counts up to the end of the requested page).",
                examples = "1")
        long total,

        @Schema(
                description = "false when the listing holds more items than were counted, and total stops there.",
                examples = "true")
        boolean totalExact) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
