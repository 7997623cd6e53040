package io.parley.shared.application;

import io.parley.shared.DomainException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.aopalliance.intercept.MethodInterceptor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.util.ClassUtils;

/**
 * Every use case (a bean implementing a {@link PrimaryPort}) answers a database that cannot be reached or did not
 * answer in time with {@code store.unavailable} (a {@link DomainException.Kind#UNAVAILABLE} refusal: HTTP 503 with
 * Retry-After, a retryable WebSocket error) instead of a generic server error. The connection pool's and the
 * statements' timeouts bound how long that takes.
 */
@Component
public class StoreFailures extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    public static final String CODE = "store.unavailable";

    private static final Logger log = LoggerFactory.getLogger(StoreFailures.class);

    StoreFailures() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (DomainException refusal) {
                throw refusal;
            } catch (RuntimeException failure) {
                if (!unavailable(failure)) {
                    throw failure;
                }
                log.warn("The database did not answer in time ({}); answered with {}", failure.getClass().getName(),
                        CODE);
                log.debug("Failure detail", failure);
                var refusal = unavailable();
                refusal.initCause(failure);
                throw refusal;
            }
        };
        this.advisor = new DefaultPointcutAdvisor(new UseCases(), translate);
        setProxyTargetClass(true);
        setBeforeExistingAdvisors(true);
    }

    /** The refusal clients see; retrying the same request later is safe. */
    public static DomainException unavailable() {
        return DomainException.unavailable(CODE,
                "the database did not answer in time; try again in a moment");
    }

    /** Whether the failure says the database is unreachable, out of connections, or too slow to answer now. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // TransactionSystemException: a commit or rollback that could not be carried out, the connection broken
            if (cause instanceof CannotCreateTransactionException || cause instanceof TransactionTimedOutException
                    || cause instanceof TransactionSystemException
                    || cause instanceof QueryTimeoutException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57014: statement cancelled by its timeout; 57P0x: the server is shutting
                // down or starting; 53300: no connection slot left
                if (state.startsWith("08") || state.equals("57014") || state.startsWith("57P0")
                        || state.equals("53300")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The beans that implement a use case: a class (not final) with an interface marked {@link PrimaryPort}. */
    private static final class UseCases extends StaticMethodMatcherPointcut {

        @Override
        public ClassFilter getClassFilter() {
            return type -> !Modifier.isFinal(type.getModifiers()) && implementsPrimaryPort(type);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers());
        }

        private static boolean implementsPrimaryPort(Class<?> type) {
            for (Class<?> current = type; current != null && current != Object.class;
                 current = current.getSuperclass()) {
                for (Class<?> port : ClassUtils.getAllInterfacesForClassAsSet(current)) {
                    if (AnnotationUtils.findAnnotation(port, PrimaryPort.class) != null) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
