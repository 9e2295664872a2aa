package io.credence.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.credence.persistence.Listing;
import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export streams: 50,000 events of about 2 KiB each (some 110 MiB of CSV) go out while the
 * service's heap, measured after a full GC at several points of the download, stays within a
 * bound far below the export's size. (Service and test share this JVM, so its heap is the
 * service's.) Built in memory, the export would hold all of it at the first checkpoint: on
 * PostgreSQL that showed as 150 MiB. The check tells the two apart only on PostgreSQL, which CI
 * runs too: the in-memory H2 keeps the events in this heap already and hands out the very strings
 * it stores, so holding them costs almost nothing more.
 */
@QuarkusTest
class AuditExportTest {

    private static final int EVENTS = 50_000;
    private static final String ACTION = "test.bulk-export";
    private static final long HEAP_BOUND = 40L << 20;

    @Inject
    AuditWriter audit;

    @Inject
    EntityManager em;

    private static boolean seeded;

    @BeforeAll
    static void mark() {
        seeded = false;
    }

    @Test
    void exportsFiftyThousandEventsAsCsvWithoutHoldingThem() throws Exception {
        seed();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        List<Long> growth = new ArrayList<>();

        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        RestAssured.baseURI + ":" + RestAssured.port + "/audit/export?format=csv&action=" + ACTION))
                .header("Authorization", RoleKeys.bearer(RoleKeys.As.AUDITOR))
                .GET()
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        long rows = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertTrue(header.startsWith("id,chain,seq,at,actor,actor_key_id,action"));
            String line;
            while ((line = reader.readLine()) != null) {
                rows++;
                if (rows % 12_500 == 0) {
                    growth.add(usedAfterGc(memory) - baseline);
                }
                assertTrue(line.contains(ACTION));
            }
        }
        assertEquals(EVENTS, rows);
        for (long grown : growth) {
            assertTrue(grown < HEAP_BOUND, () -> "heap grew by " + (grown >> 20) + " MiB during the export: " + growth);
        }
    }

    @Test
    void exportsJsonLinesWithFilters() {
        seed();
        String body = given().queryParam("format", "jsonl")
                .queryParam("action", ACTION)
                .get("/audit/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = body.lines().toList();
        assertEquals(EVENTS, lines.size());
        assertTrue(lines.get(0).startsWith("{") && lines.get(0).contains("\"action\":\"" + ACTION + "\""));
        // The listing counts up to its limit and says that there are more.
        var listing = given().queryParam("action", ACTION)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Listing.COUNT_LIMIT, listing.getLong("total"));
        assertFalse(listing.getBoolean("totalExact"));
    }

    /** Cells a spreadsheet would run as formulas are neutralised; commas, quotes and line breaks survive a CSV reader. */
    @Test
    void csvCellsAreQuotedByTheBookAndFormulasNeutralised() throws Exception {
        String claim = Api.createClaim(Api.unique("Exported"));
        String item = Api.addEvidence(claim, Api.createSource(Api.unique("Export wire"), "B"), "SUPPORTS", 2);
        String formula = "=HYPERLINK(\"http://evil.example\",\"Retracted\")";
        String awkward = "Retracted, \"quoted\"\nand on two lines";
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", formula))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200);
        String other = Api.addEvidence(claim, Api.createSource(Api.unique("Export wire"), "C"), "REFUTES", 3);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", awkward))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, other)
                .then()
                .statusCode(200);

        String csv = given().queryParam("format", "csv")
                .queryParam("action", "evidence.withdrawn")
                .get("/audit/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> records = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            records.forEachRemaining(rows::add);
        }
        Map<String, String> first = rows.stream()
                .filter(r -> r.get("entity_id").equals(item))
                .findFirst()
                .orElseThrow();
        assertEquals("'" + formula, first.get("reason"), "a formula is neutralised");
        Map<String, String> second = rows.stream()
                .filter(r -> r.get("entity_id").equals(other))
                .findFirst()
                .orElseThrow();
        assertEquals(awkward, second.get("reason"), "commas, quotes and line breaks come back as they were");
        assertTrue(second.get("after").startsWith("{"), "states stay JSON");
    }

    private synchronized void seed() {
        if (seeded) {
            return;
        }
        String chain = "test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> audit.openChain(chain));
        for (int batch = 0; batch < EVENTS / 5_000; batch++) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 5_000; i++) {
                    // Distinct payloads, so that no layer can share one copy between events.
                    audit.record(
                            chain,
                            ACTION,
                            "test",
                            UUID.randomUUID(),
                            "bulk",
                            null,
                            Map.of("payload", UUID.randomUUID().toString().repeat(55)));
                    if (i % 500 == 499) {
                        em.flush();
                        em.clear();
                    }
                }
            });
        }
        seeded = true;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
