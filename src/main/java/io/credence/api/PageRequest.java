package io.credence.api;

import io.credence.paging.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every listing takes. Pages are numbered from 0. */
public class PageRequest {

    public static final int MAX_SIZE = PageQuery.MAX_SIZE;
    public static final int MAX_PAGE = PageQuery.MAX_PAGE;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0 to 10,000,000.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200.", example = "20")
    public int size;

    /** The page asked for, as the services take it. */
    public PageQuery query() {
        return new PageQuery(page, size);
    }
}
