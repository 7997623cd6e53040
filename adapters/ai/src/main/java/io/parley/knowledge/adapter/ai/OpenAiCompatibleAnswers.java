package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.AnswerDraft;
import io.parley.knowledge.port.ComposeAnswer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.stereotype.Component;

/**
 * Composes answers through Spring AI's {@link ChatClient} against OpenAI-compatible providers, in the configured order:
 * a provider that fails or times out passes the question to the next, and when all fail the bot hands over.
 */
@Component
@SecondaryAdapter
class OpenAiCompatibleAnswers implements ComposeAnswer {

    private static final Logger log = LoggerFactory.getLogger(OpenAiCompatibleAnswers.class);

    private record Client(LlmProperties.Provider provider, ChatClient chat) {}

    private final List<Client> clients;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();

    OpenAiCompatibleAnswers(LlmProperties properties) {
        this.clients = properties.providers().stream().map(OpenAiCompatibleAnswers::client).toList();
    }

    private static Client client(LlmProperties.Provider provider) {
        var options = OpenAiChatOptions.builder().baseUrl(provider.baseUrl())
                .apiKey(provider.apiKey() == null || provider.apiKey().isBlank() ? "none" : provider.apiKey())
                .model(provider.model()).timeout(provider.timeout()).maxRetries(0).temperature(0.2).build();
        var model = OpenAiChatModel.builder().options(options).build();
        return new Client(provider, ChatClient.create(model));
    }

    @Override
    public boolean available() {
        return !clients.isEmpty();
    }

    @Override
    public Optional<String> compose(String message, List<Source> sources) {
        String user = GroundedPrompt.user(message, sources);
        for (var client : clients) {
            // the attempt runs apart so that its time limit holds whatever the HTTP client does with its own
            var attempt = CompletableFuture.supplyAsync(() -> client.chat().prompt().system(GroundedPrompt.SYSTEM)
                    .user(user).call().content(), attempts);
            try {
                String answer = attempt.get(client.provider().timeout().toMillis(), TimeUnit.MILLISECONDS);
                if (answer != null && !answer.isBlank()) {
                    return Optional.of(answer.strip());
                }
                log.warn("Language model provider {} returned an empty answer; trying the next", client.provider());
            } catch (TimeoutException e) {
                attempt.cancel(true);
                log.warn("Language model provider {} timed out after {}; trying the next", client.provider(),
                        client.provider().timeout());
            } catch (ExecutionException e) {
                log.warn("Language model provider {} failed ({}); trying the next", client.provider(),
                        e.getCause().getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> compose(String message, List<Source> sources, AnswerDraft draft) {
        String user = GroundedPrompt.user(message, sources);
        for (var client : clients) {
            var shown = new boolean[1];
            try {
                // block(timeout) bounds the whole answer, not the gap between pieces, and cancels the stream
                String answer = client.chat().prompt().system(GroundedPrompt.SYSTEM).user(user).stream().content()
                        .doOnNext(piece -> {
                            shown[0] = true;
                            draft.append(piece);
                        })
                        .collect(Collectors.joining()).block(client.provider().timeout());
                if (answer != null && !answer.isBlank()) {
                    return Optional.of(answer.strip());
                }
                log.warn("Language model provider {} streamed an empty answer; trying the next", client.provider());
            } catch (RuntimeException e) {
                log.warn("Language model provider {} failed while streaming ({}); trying the next", client.provider(),
                        e.getClass().getSimpleName());
            }
            if (shown[0]) {
                draft.restart();
            }
        }
        return Optional.empty();
    }
}
