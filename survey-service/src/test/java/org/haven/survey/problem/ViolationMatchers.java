package org.haven.survey.problem;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for rejections, for Axon's fixture {@code expectException(Matcher)}. */
public final class ViolationMatchers {

    private ViolationMatchers() {
    }

    /** A rejection whose violations include one naming {@code field}. */
    public static Matcher<Object> violationOn(String field) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RejectedException rejected
                        && rejected.violations().stream().map(Violation::field).anyMatch(field::equals);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection with a violation on field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                mismatch.appendText("was ").appendValue(item instanceof RejectedException rejected
                        ? rejected.violations() : item);
            }
        };
    }
}
