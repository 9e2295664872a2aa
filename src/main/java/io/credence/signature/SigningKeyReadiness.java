package io.credence.signature;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready once another instance started with a key that replaced this one's: whatever this instance
 * signed from then on would be refused by every partner (dated after its key's period), so a load balancer
 * should send its traffic to the instances that hold the new key while this one is restarted with it.
 */
@Readiness
@ApplicationScoped
public class SigningKeyReadiness implements HealthCheck {

    static final String NAME = "Signing key is current";

    private final SigningKeyPeriods periods;

    SigningKeyReadiness(SigningKeyPeriods periods) {
        this.periods = periods;
    }

    @Override
    public HealthCheckResponse call() {
        return periods.replaced() ? HealthCheckResponse.down(NAME) : HealthCheckResponse.up(NAME);
    }
}
