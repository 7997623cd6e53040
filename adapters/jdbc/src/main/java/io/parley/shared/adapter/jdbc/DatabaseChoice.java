package io.parley.shared.adapter.jdbc;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Decides between the external and the embedded database. A blank URL counts as none, so that a deployment file
 * passing an empty {@code PARLEY_DATABASE_URL} through still gets the embedded database.
 */
final class DatabaseChoice {

    static final String URL = "parley.database.url";
    static final String SPRING_URL = "spring.datasource.url";

    private DatabaseChoice() {}

    static final class External extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(URL))
                    ? ConditionOutcome.match(URL + " is set")
                    : ConditionOutcome.noMatch(URL + " is not set");
        }
    }

    /** Embedded unless a URL was given, Parley's way or Spring Boot's. */
    static final class Embedded extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            if (StringUtils.hasText(environment.getProperty(URL))) {
                return ConditionOutcome.noMatch(URL + " is set");
            }
            if (StringUtils.hasText(environment.getProperty(SPRING_URL))) {
                return ConditionOutcome.noMatch(SPRING_URL + " is set");
            }
            return ConditionOutcome.match("no database URL is set");
        }
    }
}
