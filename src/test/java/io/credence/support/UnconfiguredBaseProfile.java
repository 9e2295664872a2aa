package io.credence.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as a desk runs it out of the box, with no public base URL configured (its links then
 * follow the request), and with a small budget of text checked a minute, so that tests reach it.
 */
public class UnconfiguredBaseProfile implements QuarkusTestProfile {

    /** Characters a key may have checked a minute under this profile. */
    public static final int CHECK_CHARACTERS_PER_MINUTE = 3_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("credence.public-base-url", "",
                "credence.check.characters-per-key-minute", Integer.toString(CHECK_CHARACTERS_PER_MINUTE));
    }
}
