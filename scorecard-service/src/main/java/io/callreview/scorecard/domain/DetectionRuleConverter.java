package io.callreview.scorecard.domain;

import io.callreview.platform.persistence.ImmutableJsonColumnConverter;
import jakarta.persistence.Converter;

@Converter
public class DetectionRuleConverter extends ImmutableJsonColumnConverter<DetectionRule> {

    public DetectionRuleConverter() {
        super(DetectionRule.class);
    }
}
