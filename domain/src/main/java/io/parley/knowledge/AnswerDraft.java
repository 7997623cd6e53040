package io.parley.knowledge;

/** Where an answer goes while it is being written, before it is stored: to the visitor's screen, piece by piece. */
public interface AnswerDraft {

    /** Nowhere: for callers that only want the finished answer ("try it"). */
    AnswerDraft NONE = new AnswerDraft() {
        @Override
        public void append(String delta) {}

        @Override
        public void restart() {}
    };

    void append(String delta);

    /** What was appended so far is void: the writer failed over and starts again. */
    void restart();
}
