package io.parley.shared.adapter.jdbc;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the application's statements a deadline ({@code parley.database.query-timeout}): a statement still running
 * then is cancelled and its request answered with {@code store.unavailable}, instead of waiting on a locked row or a
 * struggling server. A timeout set through {@code spring.jdbc.template.query-timeout} is left as it is. Migrations do
 * not go through this template and keep no deadline.
 */
@Component
class QueryTimeouts implements BeanPostProcessor {

    private final int seconds;

    /** Reads the setting itself: a post-processor is made before configuration properties are. */
    QueryTimeouts(Environment environment) {
        var properties = Binder.get(environment).bindOrCreate("parley.database", DatabaseProperties.class);
        this.seconds = Math.toIntExact(Pools.seconds(properties.queryTimeout()));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcTemplate template && template.getQueryTimeout() <= 0) {
            template.setQueryTimeout(seconds);
        }
        return bean;
    }
}
