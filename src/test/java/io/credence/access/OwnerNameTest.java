package io.credence.access;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key's owner is the actor the trail names: it must read as what it is. Names holding control,
 * zero-width or bidirectional-override characters (which make two different names look alike, or
 * one look like another) and the names the service itself acts under are refused.
 */
@QuarkusTest
class OwnerNameTest {

    @Inject
    RowCounts rows;

    @Test
    void ownersThatHideOrImpersonateAreRefused() {
        for (RoleKeys.As role : RoleKeys.As.values()) {
            RoleKeys.bearer(role);
        }
        Map<String, Long> before = rows.snapshot();
        for (String owner : new String[] {"Desk\u200Beditor", "Desk\u202Eeditor", "Desk\u2066editor\u2069",
                "\uFEFFDesk editor", "Desk\teditor", "bootstrap-admin", "System", " ENGINE "}) {
            problem(issue(owner), 400, "validation");
        }
        assertEquals(before, rows.snapshot(), "nothing issued, nothing audited");
        String accented = "Zoë Ærø, desk " + System.nanoTime();
        issue(accented).statusCode(201).body("owner", equalTo(accented));
    }

    private static io.restassured.response.ValidatableResponse issue(String owner) {
        return given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("owner", owner, "role", "editor")).post("/keys").then();
    }
}
