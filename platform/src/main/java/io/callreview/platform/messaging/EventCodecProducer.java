package io.callreview.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

public class EventCodecProducer {

    @Produces
    @Singleton
    EventCodec eventCodec(ObjectMapper mapper, Validator validator) {
        return new EventCodec(mapper, validator);
    }
}
