package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UpgradedRequestCleanupTests {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ws");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void anUpgradedRequestKeepsOnlyJettysOwnAttributes() throws Exception {
        request.setAttribute("org.springframework.web.servlet.DispatcherServlet.OUTPUT_FLASH_MAP", new Object());
        request.setAttribute("org.eclipse.jetty.server.Executor", new Object());
        new UpgradedRequestCleanup().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                request.setAttribute("io.micrometer.observation", new Object());
                response.setStatus(101);
            }
        });
        assertThat(Collections.list(request.getAttributeNames())).containsExactly("org.eclipse.jetty.server.Executor");
    }

    @Test
    void aRefusedUpgradeKeepsItsAttributes() throws Exception {
        new UpgradedRequestCleanup().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                request.setAttribute("error.detail", "no subprotocol");
                response.setStatus(400);
            }
        });
        assertThat(request.getAttribute("error.detail")).isEqualTo("no subprotocol");
    }
}
