package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Author;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DeliveryCursorTests {

    private static final ConversationId CONVERSATION = ConversationId.random();

    private final DeliveryCursor cursor = new DeliveryCursor();
    /** What "history" holds: every message 1..20 but 5 (an internal note the connection may not see). */
    private final List<MessageView> history = LongStream.rangeClosed(1, 20).filter(s -> s != 5)
            .mapToObj(DeliveryCursorTests::message).toList();
    private final List<long[]> gapReads = new ArrayList<>();
    private final DeliveryCursor.GapSource gaps = (after, before) -> {
        gapReads.add(new long[] {after, before});
        return history.stream().filter(m -> m.sequence() > after && m.sequence() < before).toList();
    };

    @Test
    void deliversTheFirstMessageSeenWithoutLookingBack() {
        assertThat(sequences(cursor.admit(message(7), gaps))).containsExactly(7L);
        assertThat(gapReads).isEmpty();
    }

    @Test
    void deliversConsecutiveMessagesAsTheyCome() {
        List<Long> sent = new ArrayList<>();
        for (long s = 1; s <= 4; s++) {
            sent.addAll(sequences(cursor.admit(message(s), gaps)));
        }
        assertThat(sent).containsExactly(1L, 2L, 3L, 4L);
        assertThat(gapReads).isEmpty();
    }

    @Test
    void dropsWhatWasDeliveredAlready() {
        cursor.admit(message(3), gaps);
        assertThat(cursor.admit(message(3), gaps)).isEmpty();
        assertThat(cursor.admit(message(2), gaps)).isEmpty();
        assertThat(cursor.last()).isEqualTo(3);
    }

    @Test
    void fillsAGapFromHistoryBeforeTheMessageThatRevealedIt() {
        cursor.admit(message(6), gaps);
        assertThat(sequences(cursor.admit(message(10), gaps))).containsExactly(7L, 8L, 9L, 10L);
        assertThat(gapReads).containsExactly(new long[] {6, 10});
    }

    @Test
    void anOvertakenMessageArrivingLateIsNotDeliveredTwice() {
        cursor.admit(message(1), gaps);
        List<Long> sent = new ArrayList<>(sequences(cursor.admit(message(3), gaps)));
        sent.addAll(sequences(cursor.admit(message(2), gaps)));
        assertThat(sent).containsExactly(2L, 3L);
    }

    @Test
    void aGapHistoryCannotFillStillLetsTheLiveMessageThrough() {
        cursor.admit(message(1), gaps);
        DeliveryCursor.GapSource unavailable = (after, before) -> List.of();
        assertThat(sequences(cursor.admit(message(4), unavailable))).containsExactly(4L);
        assertThat(cursor.last()).isEqualTo(4);
    }

    @Test
    void steppingOverAHiddenNoteAvoidsAGapRead() {
        cursor.admit(message(4), gaps);
        cursor.skipHidden(5);
        assertThat(sequences(cursor.admit(message(6), gaps))).containsExactly(6L);
        assertThat(gapReads).isEmpty();
    }

    @Test
    void aHiddenNoteAfterARealGapLeavesTheGapToFill() {
        cursor.admit(message(2), gaps);
        cursor.skipHidden(5);
        assertThat(sequences(cursor.admit(message(6), gaps))).containsExactly(3L, 4L, 6L);
    }

    @Test
    void liveDeliveryContinuesWhereAReplayEnded() {
        cursor.admit(message(15), gaps);
        cursor.replayedUpTo(12);
        assertThat(sequences(cursor.admit(message(12), gaps))).isEmpty();
        assertThat(sequences(cursor.admit(message(14), gaps))).containsExactly(13L, 14L);
    }

    static MessageView message(long sequence) {
        return new MessageView(MessageId.random(), CONVERSATION, sequence, "c-" + sequence,
                Author.BOT, MessageKind.TEXT, "body " + sequence, Instant.EPOCH);
    }

    private static List<Long> sequences(List<MessageView> messages) {
        return messages.stream().map(MessageView::sequence).toList();
    }
}
