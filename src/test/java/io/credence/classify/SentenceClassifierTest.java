package io.credence.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

class SentenceClassifierTest {

    @Test
    void anExampleMadeAtOnceHoldsWhatAddingFeatureByFeatureHolds() {
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("word=sources", 1.0);
        features.put("embedding:17", -0.031);
        features.put("cue:HEARSAY", 1.0);
        features.put("embedding:2", 0.25);
        features.put("length", 0.4);
        ArrayExample<Label> oneByOne = new ArrayExample<>(new LabelFactory().getUnknownOutput());
        features.forEach(oneByOne::add);

        assertEquals(features(oneByOne), features(SentenceClassifier.example(features)));
    }

    private static List<String> features(Example<Label> example) {
        List<String> listed = new ArrayList<>();
        for (Feature feature : example) {
            listed.add(feature.getName() + "=" + feature.getValue());
        }
        return listed;
    }
}
