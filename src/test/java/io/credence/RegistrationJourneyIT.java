package io.credence;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The registration journey against the packaged jar, on the database the build targets. */
@QuarkusIntegrationTest
class RegistrationJourneyIT extends RegistrationJourneyTest {}
