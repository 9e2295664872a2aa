package io.credence.assessment;

import java.util.Map;

/** The engine's parameters as the service ships them (application.properties), for the engine's tests. */
final class Parameters {

    static final EngineParameters SHIPPED = new EngineParameters(
            Map.of(Reliability.A, 1.0, Reliability.B, 0.8, Reliability.C, 0.6,
                    Reliability.D, 0.3, Reliability.E, 0.1, Reliability.F, 0.0),
            Map.of(1, 3.6, 2, 2.8, 3, 2.0, 4, 1.2, 5, 0.4, 6, 0.0),
            2.0, 0.5,
            0.5, 0.3,
            0.85, 0.65, 0.35, 0.15,
            0.2, 3, 0.4, 2);

    private Parameters() {
    }
}
