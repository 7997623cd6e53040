package io.parley;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Every JDBC adapter and the database start-up, with nothing of the application around them. */
@SpringBootApplication
public class JdbcAdapterTestApplication {
}
