package io.credence.assessment;

import java.util.Map;

/** The engine's parameters as the service ships them (application.properties), for the engine's tests. */
final class Parameters {

    static final EvidenceBounds BOUNDS = new EvidenceBounds(Grade.parse("D4"), Grade.parse("B2"), Grade.parse("C3"));

    static final EngineParameters SHIPPED = new EngineParameters(
            Map.of(
                    Reliability.A,
                    1.0,
                    Reliability.B,
                    0.8,
                    Reliability.C,
                    0.6,
                    Reliability.D,
                    0.3,
                    Reliability.E,
                    0.1,
                    Reliability.F,
                    0.0),
            Map.of(1, 3.6, 2, 2.8, 3, 2.0, 4, 1.2, 5, 0.4, 6, 0.0),
            2.0,
            0.5,
            0.5,
            0.3,
            0.80,
            0.55,
            0.45,
            0.20,
            0.2,
            3,
            0.4,
            2,
            BOUNDS,
            new Copies(0.6, 5));

    private Parameters() {}
}
