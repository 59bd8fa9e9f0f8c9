package io.callreview.scorecard.domain;

import io.callreview.platform.persistence.JsonColumnConverter;
import jakarta.persistence.Converter;

@Converter
public class DetectionRuleConverter extends JsonColumnConverter<DetectionRule> {

    public DetectionRuleConverter() {
        super(DetectionRule.class);
    }
}
