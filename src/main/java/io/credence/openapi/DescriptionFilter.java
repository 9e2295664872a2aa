package io.credence.openapi;

import io.credence.api.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** What the OpenAPI description gains after the scan: each operation's problem responses, the webhooks. */
public class DescriptionFilter implements OASFilter {

    private final ProblemResponses problems = new ProblemResponses();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        WebhookDocumentation.addTo(openAPI);
    }
}
