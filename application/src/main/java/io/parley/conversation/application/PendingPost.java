package io.parley.conversation.application;

import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.MessageBody;
import java.util.concurrent.CompletableFuture;

/** A post waiting for its writer: the command, its already validated body, and where the outcome goes. */
record PendingPost(PostMessage command, MessageBody body, CompletableFuture<Posted> outcome) {

    PendingPost(PostMessage command, MessageBody body) {
        this(command, body, new CompletableFuture<>());
    }
}
