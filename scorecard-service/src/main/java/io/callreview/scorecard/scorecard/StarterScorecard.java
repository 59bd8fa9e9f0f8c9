package io.callreview.scorecard.scorecard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.scorecard.domain.Behaviour;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The five classic scorecard questions (seed 002: process steps, qualification, the right people, next steps,
 * product coverage), with detection rules that work out of the box: examples of what doing each sounds like in reps'
 * own words, counter-examples of what only sounds close, and phrases as explainable signals. Teams then tune them to
 * their own process and vocabulary. Kept in {@code starter-scorecard.json} beside this class.
 */
public final class StarterScorecard {

    private static final List<Behaviour> BEHAVIOURS = load();

    private StarterScorecard() {
    }

    public static List<Behaviour> behaviours() {
        return BEHAVIOURS;
    }

    private static List<Behaviour> load() {
        try (InputStream in = StarterScorecard.class.getResourceAsStream("starter-scorecard.json")) {
            if (in == null) {
                throw new IllegalStateException("starter-scorecard.json is missing from the classpath");
            }
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Behaviour>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
