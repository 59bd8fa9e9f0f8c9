package io.callreview.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A JSON column whose values are only ever replaced whole, never changed in place (records, lists built before they
 * are assigned). Hibernate otherwise takes a converted value for mutable and keeps a deep copy of it for dirty
 * checking, made by writing it to JSON and reading it back: for a call's transcript that is two more conversions of
 * some 40 KB each time it is stored or loaded. Assigning a new value is still detected; changing one in place is not.
 */
@Mutability(Immutability.class)
public abstract class ImmutableJsonColumnConverter<T> extends JsonColumnConverter<T> {

    protected ImmutableJsonColumnConverter(Class<T> type) {
        super(type);
    }

    protected ImmutableJsonColumnConverter(TypeReference<T> type) {
        super(type);
    }
}
