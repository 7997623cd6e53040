package io.parley.knowledge.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.shared.RateLimit;
import io.parley.shared.WorkspaceId;
import io.parley.shared.port.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each workspace's allowance of language-model calls ({@link ModelBudgetProperties}), counted cluster-wide when the
 * rate limiter is. A workspace over its budget is logged once a minute and counted in
 * {@code parley_knowledge_model_budget_exhausted_total}.
 */
@Component
class ModelBudget {

    /** No budget: every call may be made. */
    static final ModelBudget UNLIMITED = new ModelBudget();

    private static final Logger log = LoggerFactory.getLogger(ModelBudget.class);
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final @Nullable RateLimiter limiter;
    private final RateLimit limit;
    private final @Nullable Counter exhausted;
    private final Map<WorkspaceId, Instant> lastLogged = new ConcurrentHashMap<>();

    private ModelBudget() {
        this.limiter = null;
        this.limit = RateLimit.of(1, Duration.ofSeconds(1));
        this.exhausted = null;
    }

    @Autowired
    ModelBudget(RateLimiter limiter, ModelBudgetProperties properties, MeterRegistry meters) {
        this.limiter = limiter;
        this.limit = RateLimit.of(properties.calls(), properties.period());
        this.exhausted = Counter.builder("parley.knowledge.model.budget.exhausted")
                .description("Answers written without the language model because the workspace's budget was used up")
                .register(meters);
    }

    /** Takes one call from the workspace's budget; false when it is used up and no model may be called. */
    boolean spend(WorkspaceId workspace) {
        if (limiter == null || exhausted == null) {
            return true;
        }
        var admission = limiter.tryTake("model-calls:" + workspace, limit);
        if (admission.granted()) {
            return true;
        }
        exhausted.increment();
        Instant now = Instant.now();
        Instant last = lastLogged.get(workspace);
        if (last == null || now.isAfter(last.plus(LOG_EVERY))) {
            lastLogged.put(workspace, now);
            log.warn("Workspace {} used up its language-model budget ({}); the bot quotes entries for the next {}s",
                    workspace, limit, admission.retryAfterSeconds());
        }
        return false;
    }
}
