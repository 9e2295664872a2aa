package io.credence.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A short bootstrap admin key stops the service at start. */
class BootstrapKeyTest {

    @Test
    void aBootstrapKeyShorterThan32CharactersIsRefused() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> new ApiKeys(Optional.of("change-me-admin-key"), null, null));
        assertTrue(refused.getMessage().contains("at least 32 characters"), refused.getMessage());
        assertDoesNotThrow(() -> new ApiKeys(Optional.of("x".repeat(32)), null, null));
        assertDoesNotThrow(() -> new ApiKeys(Optional.empty(), null, null));
    }
}
