package io.credence.reassessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EngineParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every version of the engine's parameters the service has assessed with, and from when (rule 9):
 * an as-of view assesses with the parameters in force at that instant, not today's.
 */
@ApplicationScoped
public class ParameterVersions {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ConfidenceEngine current;
    private final Map<Long, ConfidenceEngine> engines = new ConcurrentHashMap<>();

    ParameterVersions(EntityManager em, ObjectMapper json, ConfidenceEngine current) {
        this.em = em;
        this.json = json;
        this.current = current;
    }

    /** The engine with the parameters in force at the instant (the first recorded ones before any). */
    ConfidenceEngine engineAt(Instant at) {
        List<Object[]> rows = em.createNativeQuery(
                        "select version, parameters from engine_parameters "
                                + "where effective_from <= ?1 order by version desc",
                        Object[].class)
                .setParameter(1, at)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            rows = em.createNativeQuery(
                            "select version, parameters from engine_parameters order by version", Object[].class)
                    .setMaxResults(1)
                    .getResultList();
        }
        if (rows.isEmpty()) {
            return current;
        }
        long version = ((Number) rows.get(0)[0]).longValue();
        String parameters = (String) rows.get(0)[1];
        return engines.computeIfAbsent(version, v -> new ConfidenceEngine(read(parameters)));
    }

    String write(EngineParameters parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("engine parameters cannot be written as JSON", e);
        }
    }

    EngineParameters read(String parameters) {
        try {
            return json.readValue(parameters, EngineParameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded engine parameters cannot be read: " + parameters, e);
        }
    }
}
