package io.credence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture as rules a change cannot break unnoticed. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void read() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.credence");
    }

    /**
     * The confidence engine is pure Java: no framework, no database, no HTTP; it can be read and run
     * alone. Its one dependency outside the JDK is Credence's definition of a word (io.credence.text),
     * by which it compares excerpts, and which is itself pure (the next rule).
     */
    @Test
    void theEngineDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("io.credence.assessment..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.credence.assessment..", "io.credence.text..")
                .check(main);
    }

    /**
     * One text toolkit (words, sentences, numbers, names, shipped tables) for the analyzer, the
     * learned features, matching, check-worthiness and the engine: pure, so each reads words the same
     * way in training, in tests and in the service; and sentences are broken here only.
     */
    @Test
    void textIsOnePureToolkit() {
        classes()
                .that()
                .resideInAPackage("io.credence.text..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.credence.text..", "com.ibm.icu..", "com.fasterxml.jackson..")
                .check(main);
        noClasses()
                .that()
                .resideOutsideOfPackage("io.credence.text..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.ibm.icu.text.BreakIterator")
                .check(main);
    }

    /**
     * The auditor's and the partners' verifiers run from the jar without the service: JDK, Jackson, the JCS
     * library, the JOSE library, one hash helper.
     */
    @Test
    void theAuditProofRunsWithoutTheService() {
        classes()
                .that()
                .resideInAPackage("io.credence.audit.proof..")
                .should()
                .onlyDependOnClassesThat(DescribedPredicate.describe(
                        "the JDK, Jackson, the JCS library, Nimbus JOSE or io.credence.hashing.Sha256",
                        c -> c.getPackageName().startsWith("java")
                                || c.getPackageName().startsWith("com.fasterxml.jackson")
                                || c.getPackageName().startsWith("org.erdtman.jcs")
                                || c.getPackageName().startsWith("com.nimbusds.jose")
                                || c.getPackageName().startsWith("io.credence.audit.proof")
                                || c.getFullName().equals("io.credence.hashing.Sha256")))
                .check(main);
    }

    /** A track record's judgement is pure: the numbers in, the suggestion out (its service reads and writes around it). */
    @Test
    void theTrackRecordJudgementIsPure() {
        classes()
                .that()
                .haveFullyQualifiedName("io.credence.trackrecord.TrackRecord")
                .or()
                .resideInAPackage("io.credence.trackrecord")
                .and()
                .areNestedClasses()
                .and()
                .haveNameMatching("io\\.credence\\.trackrecord\\.TrackRecord\\$.*")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "io.credence.trackrecord..",
                        "io.credence.assessment..",
                        "org.apache.commons.statistics.distribution..")
                .check(main);
    }

    /** Panache's persistence operations, inherited by every entity. */
    private static final Set<String> PERSISTENCE_OPERATIONS = Set.of(
            "persist",
            "persistAndFlush",
            "delete",
            "deleteAll",
            "deleteById",
            "find",
            "findAll",
            "findById",
            "findByIdOptional",
            "list",
            "listAll",
            "stream",
            "streamAll",
            "count",
            "update",
            "flush",
            "getEntityManager",
            "isPersistent");

    /**
     * Resources are the HTTP edge: they parse, call a service and shape the answer. Reading and
     * writing entities is the services' (so a console page or a batch job gets the same behaviour).
     */
    @Test
    void resourcesLeavePersistenceToServices() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a Panache persistence operation",
                        call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                                && PERSISTENCE_OPERATIONS.contains(call.getName())))
                .orShould()
                .accessClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .accessClassesThat()
                .haveFullyQualifiedName("io.credence.persistence.Listing")
                .check(main);
    }

    /**
     * A resource class whose path ends in a parameter ({@code /claims/{claimId}}) is the REST layer's first
     * candidate for every request to that path; when it has no method for the path itself, each such
     * request is handed on to the class of the collection ({@code /claims}), and Quarkus REST builds its
     * request mapper again to do so, for every read of a claim (a twentieth of its CPU, profiled). Such a
     * class answers the path itself, or its path names what it serves ({@code /claims/{claimId}/verdict}).
     */
    @Test
    void aResourcePathEndingInAParameterIsAnsweredByItsOwnClass() {
        List<String> handedOn = main.stream()
                .filter(resource -> resource.isAnnotatedWith(Path.class))
                .filter(resource ->
                        resource.getAnnotationOfType(Path.class).value().endsWith("}"))
                .filter(resource -> resource.getMethods().stream()
                        .noneMatch(method -> !method.isAnnotatedWith(Path.class)
                                && method.getAnnotations().stream()
                                        .anyMatch(annotation ->
                                                annotation.getRawType().isAnnotatedWith(HttpMethod.class))))
                .map(JavaClass::getName)
                .toList();
        assertThat(handedOn).as("resource classes whose own path has no method").isEmpty();
    }

    /**
     * The services speak the domain, not HTTP: they refuse with io.credence.refusal's exceptions and take
     * the version a change was made against as an ExpectedVersion; resources parse headers and the
     * problem mappers turn refusals into problem+json, so the console and batch jobs call the same
     * services without HTTP semantics.
     */
    @Test
    void servicesAreFreeOfHttp() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.credence.api.ApiException")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.credence.api.ProblemType")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.credence.api.ETags")
                .check(main);
        classes()
                .that()
                .resideInAPackage("io.credence.refusal..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.credence.refusal..")
                .check(main);
    }

    /**
     * HTTP stays at the edge: the api package, the console's pages, the resources and what they bind
     * (query parameter beans, exception mappers). Behind it, services take and return their own types
     * (a filter record, a page query, a page of results), so nothing there depends on JAX-RS, on the api
     * package or on a class of the edge, directly or through a query parameter bean in a signature.
     */
    @Test
    void nothingBehindTheEdgeDependsOnIt() {
        noClasses()
                .that(DescribedPredicate.not(HTTP_EDGE))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.credence.api..", "jakarta.ws.rs..")
                .orShould()
                .dependOnClassesThat(HTTP_EDGE)
                .check(main);
    }

    private static final DescribedPredicate<JavaClass> HTTP_EDGE = DescribedPredicate.describe(
            "belong to the HTTP edge (api, console, openapi, resources at a @Path, query parameter beans, exception mappers, routes)",
            c -> isEdge(outermost(c)));

    private static boolean isEdge(JavaClass c) {
        return c.getPackageName().startsWith("io.credence.api")
                || c.getPackageName().startsWith("io.credence.console")
                || c.getPackageName().startsWith("io.credence.openapi")
                || c.isAnnotatedWith(Path.class)
                || c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(QueryParam.class))
                || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(ServerExceptionMapper.class))
                || installsRoutes(c);
    }

    /** A class that observes the Vert.x router adds routes of its own: HTTP, below the REST layer. */
    private static boolean installsRoutes(JavaClass c) {
        return c.getMethods().stream()
                .flatMap(m -> m.getParameters().stream())
                .anyMatch(
                        p -> p.isAnnotatedWith(Observes.class) && p.getRawType().isEquivalentTo(Router.class));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** Feature packages may use one another, never in a circle. */
    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.credence.(*)..").should().beFreeOfCycles().check(main);
    }
}
