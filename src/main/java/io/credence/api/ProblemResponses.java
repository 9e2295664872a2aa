package io.credence.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation the problem responses that follow from its shape, so that no resource
 * has to repeat them: 400 where there is input, 401 and 403 everywhere (every operation needs an
 * API key of the right role), 404 where the path names a resource, 412 where there is an If-Match
 * header and 428 where it is required, 413 and 415 where there is a body, 500 everywhere. Responses an operation declares itself are kept.
 */
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNKNOWN_REFERENCE = "UnknownReference";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String INTERNAL = "InternalError";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                addProblems(entry.getValue());
            }
        }
    }

    private static void addProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathId = parameters(operation, Parameter.In.PATH);
        boolean hasQuery = parameters(operation, Parameter.In.QUERY);
        if (hasBody || hasQuery || hasPathId) {
            // Replaces the bare 400 that SmallRye generates for operations with a validated body.
            replaceBare(responses, "400", BAD_REQUEST);
        }
        // An operation documented as open to all (an empty security list) asks for no key: no 401 or 403.
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            responses.removeAPIResponse("401");
            responses.removeAPIResponse("403");
        } else {
            replaceBare(responses, "401", UNAUTHORIZED);
            replaceBare(responses, "403", FORBIDDEN);
        }
        if (hasPathId) {
            add(responses, "404", NOT_FOUND);
        }
        // A change made against a version: 412 when it is stale, and 428 when it may not be left out.
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch != null) {
            add(responses, "412", PRECONDITION_FAILED);
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                add(responses, "428", PRECONDITION_REQUIRED);
            }
        }
        if (hasBody) {
            add(responses, "413", TOO_LARGE);
            add(responses, "415", UNSUPPORTED_MEDIA_TYPE);
        }
        add(responses, "500", INTERNAL);
    }

    private static Parameter header(Operation operation, String name) {
        return operation.getParameters() == null
                ? null
                : operation.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                        .findFirst()
                        .orElse(null);
    }

    private static boolean parameters(Operation operation, Parameter.In in) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    private static void replaceBare(APIResponses responses, String code, String component) {
        var existing = responses.getAPIResponse(code);
        if (existing != null && existing.getRef() == null && existing.getContent() == null) {
            responses.removeAPIResponse(code);
        }
        add(responses, code, component);
    }

    private static void add(APIResponses responses, String code, String component) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }
}
