package io.credence.access;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Locale;
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
        for (String owner : new String[] {
            "Desk\u200Beditor",
            "Desk\u202Eeditor",
            "Desk\u2066editor\u2069",
            "\uFEFFDesk editor",
            "Desk\teditor",
            "bootstrap-admin",
            "System",
            " ENGINE "
        }) {
            problem(issue(owner), 400, "validation");
        }
        assertEquals(before, rows.snapshot(), "nothing issued, nothing audited");
        String accented = "Zoë Ærø, desk " + System.nanoTime();
        issue(accented).statusCode(201).body("owner", equalTo(accented));
    }

    /** Two parties cannot share a name in the trail, however the second one writes it. */
    @Test
    void anOwnerNameIsIssuedOnce() {
        for (RoleKeys.As role : RoleKeys.As.values()) {
            RoleKeys.bearer(role);
        }
        String name = "Night Desk " + System.nanoTime();
        String revoked = issue(name).statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .post("/keys/{id}/revocation", revoked)
                .then()
                .statusCode(200);
        Map<String, Long> before = rows.snapshot();
        String fullWidth = name.replace("Night", "\uFF2E\uFF49\uFF47\uFF48\uFF54"); // Ｎｉｇｈｔ
        for (String alike : new String[] {
            name,
            name.toLowerCase(Locale.ROOT),
            name.replace(" ", "   "),
            fullWidth,
            "  " + name.toUpperCase(Locale.ROOT) + " "
        }) {
            problem(issue(alike), 409, "conflict");
        }
        assertEquals(before, rows.snapshot(), "nothing issued, nothing audited");
        issue(name + " (2026-12)").statusCode(201);
    }

    private static ValidatableResponse issue(String owner) {
        return given().header("Authorization", "Bearer " + RoleKeys.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("owner", owner, "role", "editor"))
                .post("/keys")
                .then();
    }
}
