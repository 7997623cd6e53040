package io.parley.shared.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.shared.DomainException;
import io.parley.shared.port.EventPublicationClaims;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * How the events of the event publication registry reach their {@code @ApplicationModuleListener}s, which run after
 * the publishing transaction commits, each on a virtual thread of its own.
 * <ul>
 * <li>At most {@link EventDeliveryProperties#listenerConcurrency(int) listener-concurrency} listeners run at once; the
 * others wait for a turn on their own (parked) thread. The publisher never waits: it hands its events over after its
 * commit, still holding its connection, and must not wait for a listener that needs one. Without the bound a burst
 * (a thousand conversations opened at once) would start as many listeners, queue them all for the connection pool
 * ahead of the requests, and fail most of them and many requests with {@code store.unavailable}.</li>
 * <li>Every {@code retry-interval} each node delivers again what is due: a failed delivery {@code retry-after} after its
 * attempt (doubling with each attempt, up to 32 times), and one left started or waiting for longer than
 * {@code stale-after} (its node stopped, or its failure could not be recorded because the database was away: such a
 * failure seen on this node is tried again like a recorded one). A delivery is claimed in the database before it is
 * tried, so two nodes never try the same one in the same round; a listener must still be idempotent, as one may run
 * again after a node lost track of it.</li>
 * <li>A listener failing because the database did not answer in time is logged as a warning naming the event; it is
 * tried again. Any other failure is an error with its stack trace, and is tried again too.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventDelivery implements SchedulingConfigurer, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);
    /** Failures seen here whose publication could not be marked failed; more are left to {@code stale-after}. */
    private static final int MAX_UNRECORDED = 10_000;
    /** A delivery that failed again waits twice as long, up to 2^5 = 32 times {@code retry-after}. */
    private static final int MAX_DOUBLINGS = 5;

    private final EventDeliveryProperties properties;
    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final ObjectProvider<EventPublicationRepository> publications;
    private final ObjectProvider<EventPublicationClaims> claims;
    private final Clock clock;
    /** The listeners' threads: made anew when a stopped context starts again (a closed executor stays closed). */
    private volatile SimpleAsyncTaskExecutor executor;
    private final Semaphore turns;
    private final int concurrency;
    /** Listener (class.method) and event of failures seen on this node, with when they were seen. */
    private final Map<Failure, Instant> unrecorded = new ConcurrentHashMap<>();
    private volatile boolean started;
    /** From the shutdown on, a listener that has not begun is left for later. */
    private volatile boolean stopping;
    private @Nullable Counter storeFailures;
    private @Nullable Counter otherFailures;

    EventDelivery(EventDeliveryProperties properties, Environment environment,
                  ObjectProvider<IncompleteEventPublications> incomplete,
                  ObjectProvider<EventPublicationRepository> publications,
                  ObjectProvider<EventPublicationClaims> claims, ObjectProvider<Clock> clock,
                  ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        this.incomplete = incomplete;
        this.publications = publications;
        this.claims = claims;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.concurrency = properties.listenerConcurrency(
                environment.getProperty("parley.database.pool-size", Integer.class, 10));
        this.turns = new Semaphore(concurrency, true);
        this.executor = newExecutor();
        meters.ifAvailable(registry -> {
            Gauge.builder("parley.events.listeners.running", turns, t -> concurrency - t.availablePermits())
                    .description("Event listeners running on this node").register(registry);
            Gauge.builder("parley.events.listeners.waiting", turns, Semaphore::getQueueLength)
                    .description("Event listeners waiting for their turn on this node").register(registry);
            this.storeFailures = Counter.builder("parley.events.listeners.failed").tag("cause", "store-unavailable")
                    .description("Listener runs that failed; each is tried again").register(registry);
            this.otherFailures = Counter.builder("parley.events.listeners.failed").tag("cause", "error")
                    .description("Listener runs that failed; each is tried again").register(registry);
        });
        log.info("Event listeners: at most {} at once; failed deliveries tried again every {}", concurrency,
                properties.retryInterval());
    }

    private SimpleAsyncTaskExecutor newExecutor() {
        var threads = new SimpleAsyncTaskExecutor("event-listener-");
        threads.setVirtualThreads(true);
        threads.setTaskTerminationTimeout(2_000);
        threads.setTaskDecorator(task -> () -> {
            try {
                turns.acquire();
            } catch (InterruptedException shuttingDown) {
                // the publication stays incomplete: delivered again later, by this node or another
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (!stopping) {
                    task.run();
                } // else the node is stopping: the publication stays incomplete, delivered again later
            } finally {
                turns.release();
            }
        });
        return threads;
    }

    /**
     * The executor and failure handler of every {@code @Async} method, that is of the module listeners. A bean of its
     * own: Spring Boot wraps the {@link AsyncConfigurer} bean, which would hide this configuration's other roles.
     */
    @Bean
    AsyncConfigurer eventListenerExecution() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                // the @Async machinery keeps what it gets here: hand on to whichever executor is current
                return task -> executor.execute(task);
            }

            @Override
            public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
                return EventDelivery.this::failed;
            }
        };
    }

    /** How many listeners may run at once on this node. */
    int concurrency() {
        return concurrency;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // the first round one interval after start, which delivers every incomplete publication again itself (unless
        // spring.modulith.events.republish-outstanding-events-on-restart is off)
        registrar.addFixedDelayTask(new IntervalTask(this::redeliver, properties.retryInterval(),
                properties.retryInterval()));
    }

    /** Also after a stop, as when a paused context starts again: listeners run on a new executor. */
    @Override
    public synchronized void start() {
        if (stopping) {
            executor = newExecutor();
            stopping = false;
        }
        started = true;
    }

    /**
     * At shutdown, once the web server has stopped taking requests and before the connection pool closes: listeners
     * still waiting for their turn are dropped (their publications stay incomplete and are delivered again), those
     * running get two seconds to finish.
     */
    @Override
    public synchronized void stop() {
        stopping = true;
        executor.close();
    }

    @Override
    public boolean isRunning() {
        return started && !stopping;
    }

    @Override
    public int getPhase() {
        // below the web server's graceful shutdown and stop, which end first
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void failed(Throwable failure, Method listener, Object... arguments) {
        String name = listener.getDeclaringClass().getSimpleName() + "." + listener.getName();
        String event = arguments.length == 1 ? describe(arguments[0]) : Arrays.toString(arguments);
        if (storeUnavailable(failure)) {
            if (storeFailures != null) {
                storeFailures.increment();
            }
            log.warn("{} could not handle {}: the database did not answer in time ({}); it is delivered again later",
                    name, event, NestedExceptionUtils.getMostSpecificCause(failure).toString());
            if (arguments.length == 1 && unrecorded.size() < MAX_UNRECORDED) {
                unrecorded.put(new Failure(qualified(listener), arguments[0]), clock.instant());
            }
        } else {
            if (otherFailures != null) {
                otherFailures.increment();
            }
            log.error("{} failed on {}; it is delivered again later", name, event, failure);
        }
    }

    private static boolean storeUnavailable(Throwable failure) {
        return failure instanceof DomainException refusal && StoreFailures.CODE.equals(refusal.code())
                || StoreFailures.unavailable(failure);
    }

    /** One round: deliveries left started for too long are taken for failed, then every due one is tried again. */
    void redeliver() {
        try {
            var now = clock.instant();
            markFailedWhenLost(now);
            incomplete.getObject().resubmitIncompletePublications(publication -> due(publication, now));
            // a failure not found among the started publications by now was handled, or is stale anyway
            var forgotten = now.minus(properties.staleAfter());
            unrecorded.values().removeIf(seen -> seen.isBefore(forgotten));
        } catch (RuntimeException e) {
            if (StoreFailures.unavailable(e)) {
                log.warn("Could not look for event deliveries to try again: the database did not answer in time ({});"
                        + " tried again in {}", NestedExceptionUtils.getMostSpecificCause(e).toString(),
                        properties.retryInterval());
            } else {
                log.error("Could not look for event deliveries to try again; tried again in {}",
                        properties.retryInterval(), e);
            }
        }
    }

    /**
     * Publications still marked started (or waiting, or claimed for another attempt) are marked failed when this node
     * saw their listener fail (the registry could not record it: the database was away), or when their last attempt
     * is older than {@code stale-after} (counted from the last attempt: Spring Modulith's own staleness check counts
     * from the first, and would take a retry that has only just started for stale). Only a failed publication can be
     * claimed for another attempt.
     */
    private void markFailedWhenLost(Instant now) {
        var repository = publications.getObject();
        var staleBefore = now.minus(properties.staleAfter());
        int stale = 0;
        for (var status : List.of(EventPublication.Status.PUBLISHED, EventPublication.Status.PROCESSING,
                EventPublication.Status.RESUBMITTED)) {
            for (var publication : repository.findByStatus(status)) {
                var failure = new Failure(listenerOf(publication), publication.getEvent());
                // a failure of this attempt, not of an earlier one (recorded then, and claimed again since)
                var failedAt = unrecorded.get(failure);
                boolean seenFailing = failedAt != null && failedAt.isAfter(lastAttempt(publication));
                boolean lost = lastAttempt(publication).isBefore(staleBefore);
                if (seenFailing || lost) {
                    repository.markFailed(publication.getIdentifier());
                    unrecorded.remove(failure);
                    stale += seenFailing ? 0 : 1;
                }
            }
        }
        if (stale > 0) {
            log.warn("{} event deliveries started more than {} ago were taken for lost and are tried again", stale,
                    properties.staleAfter());
        }
    }

    /** A failed publication is due {@code retry-after} after its last attempt, twice as long after each further one. */
    private boolean due(EventPublication publication, Instant now) {
        var status = publication.getStatus();
        if (publication.getCompletionDate().isPresent()
                || status != null && status != EventPublication.Status.FAILED) {
            return false;
        }
        // recorded failed: a failure of it this node kept because the record seemed lost is recorded after all, and
        // must not make a later round take the attempt about to start for failed (it would run the listener twice)
        if (publication instanceof TargetEventPublication target) {
            unrecorded.remove(new Failure(listenerOf(target), target.getEvent()));
        }
        int attempts = Math.max(1, publication.getCompletionAttempts());
        var wait = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, MAX_DOUBLINGS));
        // due: claimed as read, so that a round that read it failed before another round's retry began (and the
        // registry's claim would let through) does not try it again
        return !lastAttempt(publication).plus(wait).isAfter(now)
                && claims.getObject().claim(publication.getIdentifier(), publication.getLastResubmissionDate(), now);
    }

    private static Instant lastAttempt(EventPublication publication) {
        @Nullable Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null && resubmitted.isAfter(publication.getPublicationDate()) ? resubmitted
                : publication.getPublicationDate();
    }

    /** A listener's id in the registry is its class, method and parameter types: {@code a.B.on(a.Event)}. */
    private static String listenerOf(TargetEventPublication publication) {
        String id = publication.getTargetIdentifier().getValue();
        int parameters = id.indexOf('(');
        return parameters < 0 ? id : id.substring(0, parameters);
    }

    private static String qualified(Method listener) {
        return listener.getDeclaringClass().getName() + "." + listener.getName();
    }

    /**
     * An event for the log: its type and its fields but for plain text ones (a visitor's message, a document's
     * title), which have no place in a log.
     */
    static String describe(@Nullable Object event) {
        if (event == null || !event.getClass().isRecord()) {
            return String.valueOf(event);
        }
        return event.getClass().getSimpleName() + Arrays.stream(event.getClass().getRecordComponents())
                .filter(component -> !CharSequence.class.isAssignableFrom(component.getType()))
                .map(component -> {
                    try {
                        return component.getName() + "=" + component.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return component.getName() + "=?";
                    }
                })
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private record Failure(String listener, Object event) {
        Failure {
            Objects.requireNonNull(listener);
            Objects.requireNonNull(event);
        }
    }
}
