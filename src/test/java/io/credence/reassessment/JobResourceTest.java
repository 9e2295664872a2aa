package io.credence.reassessment;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobResourceTest {

    @Test
    void aReratingsJobReportsWhatItDidAndIsListedAsDone() {
        String source = Api.createSource(unique("Jobbed wire"), "B");
        for (int i = 0; i < 3; i++) {
            Api.addEvidence(Api.createClaim(unique("Jobbed claim")), source, "SUPPORTS", 2);
        }
        String job = Api.rerate(source, "E", "Fabrications found").getString("id");
        given().get("/jobs/{id}", job)
                .then()
                .statusCode(200)
                .body("kind", equalTo("SOURCE_RERATED"))
                .body("sourceId", equalTo(source))
                .body("cause", Matchers.containsString("re-rated E (was B)"))
                .body("total", equalTo(3))
                .body("done", equalTo(3))
                .body("changed", equalTo(3))
                .body("finishedAt", notNullValue());
        given().queryParam("state", "DONE")
                .queryParam("size", 200)
                .get("/jobs")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(job));
    }

    @Test
    void anUnknownJobIsA404() {
        problem(
                given().get("/jobs/{id}", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
    }
}
