package io.callreview.scorecard.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.events.Evidence;
import io.callreview.platform.persistence.ImmutableJsonColumnConverter;
import io.callreview.platform.persistence.JsonColumnConverter;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Segment;
import jakarta.persistence.Converter;
import java.util.List;

/** The JSON columns of calls and scores; those whose values are only ever replaced whole are immutable to Hibernate. */
public final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    public static class Metrics extends ImmutableJsonColumnConverter<ConversationMetrics> {
        public Metrics() {
            super(ConversationMetrics.class);
        }
    }

    @Converter
    public static class Segments extends ImmutableJsonColumnConverter<List<Segment>> {
        public Segments() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Participants extends ImmutableJsonColumnConverter<List<Participant>> {
        public Participants() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class EvidenceList extends ImmutableJsonColumnConverter<List<Evidence>> {
        public EvidenceList() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Moments extends JsonColumnConverter<List<Moment>> {
        public Moments() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Strings extends JsonColumnConverter<List<String>> {
        public Strings() {
            super(new TypeReference<>() {
            });
        }
    }
}
