package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.BotReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration aid of the evaluation command: per model, the answer threshold with the best hand-over F1 on the set.
 * Messages handed over by intent stay handed over whatever the threshold. Read it as a range, not a value to copy.
 */
final class ThresholdSweep {

    private record Seen(double top, boolean outOfScope, boolean byIntent) {}

    private final Map<String, List<Seen>> byModel = new HashMap<>();

    void record(String model, BotReply reply, boolean outOfScope) {
        double top = reply.candidates().isEmpty() ? 0 : reply.candidates().getFirst().score();
        boolean byIntent = reply.action() != BotReply.Action.ANSWER && !"low-confidence".equals(reply.reason());
        byModel.computeIfAbsent(model, m -> new ArrayList<>()).add(new Seen(top, outOfScope, byIntent));
    }

    String report() {
        var out = new StringBuilder();
        byModel.forEach((model, seen) -> {
            double bestF1 = -1, bestThreshold = 0, bestP = 0, bestR = 0;
            for (var candidate : seen) {
                double threshold = candidate.top() + 1e-6;
                for (double t : new double[] {candidate.top(), threshold}) {
                    int tp = 0, fp = 0, positives = 0;
                    for (var s : seen) {
                        boolean handedOver = s.byIntent() || s.top() < t;
                        positives += s.outOfScope() ? 1 : 0;
                        tp += handedOver && s.outOfScope() ? 1 : 0;
                        fp += handedOver && !s.outOfScope() ? 1 : 0;
                    }
                    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                    double r = positives == 0 ? 0 : (double) tp / positives;
                    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        bestThreshold = t;
                        bestP = p;
                        bestR = r;
                    }
                }
            }
            out.append(String.format("  %s: best hand-over F1 %.2f (P %.2f / R %.2f) at threshold %.3f, %d queries%n",
                    model, bestF1, bestP, bestR, bestThreshold, seen.size()));
        });
        return out.toString();
    }
}
