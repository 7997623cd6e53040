package io.parley;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the adapters against a fresh database on the local PostgreSQL. The context closes with
 * its test class, before the database is dropped.
 */
@ExtendWith(FreshDatabase.class)
@SpringBootTest(classes = JdbcAdapterTestApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresBacked {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("parley.database.url", FreshDatabase::url);
        registry.add("parley.database.user", () -> FreshDatabase.USER);
    }
}
