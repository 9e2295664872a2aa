package io.credence.api;

import jakarta.ws.rs.core.Response;

/**
 * How resources that answer with HTML pages answer a refusal: with a page a person can read, not
 * problem+json. The console implements it; {@link ProblemMappers} asks it first, so that one mapping
 * serves every page and the API keeps its problem+json.
 */
public interface ErrorPages {

    /** Whether the resource class answers with pages. */
    boolean answers(Class<?> resource);

    /** The page saying what was refused. */
    Response page(ProblemType type, String message);
}
