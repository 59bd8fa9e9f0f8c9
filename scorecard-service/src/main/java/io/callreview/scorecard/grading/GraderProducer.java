package io.callreview.scorecard.grading;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One grader per service instance, built from configuration; it is thread-safe. */
public class GraderProducer {

    @Produces
    @Singleton
    Grader grader(GradingConfig config) {
        List<String> extra = config.conceptsFile().map(GraderProducer::read).orElse(List.of());
        TextAnalysis analysis = TextAnalysis.withConcepts(extra);
        GradingSettings settings = new GradingSettings(config.needsReviewBelow(), config.maxEvidence(), config.phraseSlop(),
                config.semanticMargin(), config.phraseVetoMargin(), config.minimumVote());
        return config.semantic() ? new Grader(analysis, settings, OnnxSentenceEncoder.load()) : new Grader(analysis, settings);
    }

    @Produces
    @Singleton
    ConversationCheck conversationCheck(GradingConfig config) {
        return new ConversationCheck(config.minimumWords(), config.minimumReplyWords());
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read callreview.grading.concepts-file " + file, e);
        }
    }
}
