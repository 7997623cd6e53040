package io.parley.knowledge.application;

import io.parley.knowledge.AnswerDraft;

/**
 * Passes a streamed answer on, except its beginning while it could still be the model's hand-over word: a visitor
 * must not watch "HANDOVER" being typed. Once the text can no longer become that word, everything flows through.
 */
final class HeldBackDraft implements AnswerDraft {

    private final AnswerDraft target;
    private final String word;
    private final StringBuilder held = new StringBuilder();
    private boolean released;

    HeldBackDraft(AnswerDraft target, String word) {
        this.target = target;
        this.word = word;
    }

    @Override
    public void append(String delta) {
        if (released) {
            target.append(delta);
            return;
        }
        held.append(delta);
        String start = held.toString().stripLeading();
        if (!word.startsWith(start) && !start.startsWith(word)) {
            released = true;
            target.append(held.toString());
        }
    }

    @Override
    public void restart() {
        if (released) {
            target.restart();
        }
        held.setLength(0);
        released = false;
    }
}
