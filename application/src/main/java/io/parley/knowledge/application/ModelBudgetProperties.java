package io.parley.knowledge.application;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.knowledge.model-budget}: how many answers each workspace may have a language model write, a cap on
 * what a flood of visitor messages can cost. Beyond it the bot answers as it does without a model (it quotes the
 * best entry or passage) until the budget refills.
 *
 * @param calls  model calls per workspace in {@code period}, which may be used at once
 * @param period over which {@code calls} refill, evenly
 */
@Validated
@ConfigurationProperties("parley.knowledge.model-budget")
public record ModelBudgetProperties(@DefaultValue("600") @Min(1) long calls,
                                    @DefaultValue("1h") Duration period) {

    public ModelBudgetProperties {
        if (period.toSeconds() < 1) {
            throw new IllegalArgumentException("parley.knowledge.model-budget.period must be at least 1s, was "
                    + period);
        }
    }
}
