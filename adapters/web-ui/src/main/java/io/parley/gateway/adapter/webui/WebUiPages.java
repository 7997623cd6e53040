package io.parley.gateway.adapter.webui;

import io.parley.channel.ChannelType;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.workspace.WorkspaceAdministration;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's single page, and the demo host page that embeds the first workspace's widget. */
@PrimaryAdapter
@Controller
class WebUiPages {

    private static final String IMPORT_MAP_SLOT = "<!--import-map-->";
    private static final String WIDGET_KEY_SLOT = "WIDGET_KEY";

    private final WorkspaceAdministration workspaces;
    private final InboxAdministration inboxes;
    private final String console;
    private final String consolePolicy;
    private final String demo;

    WebUiPages(WorkspaceAdministration workspaces, InboxAdministration inboxes) {
        this.workspaces = workspaces;
        this.inboxes = inboxes;
        String importMap = PageTemplate.read("parley-web-ui/importmap.json").strip();
        this.console = PageTemplate.read("parley-web-ui/console.html")
                .replace(IMPORT_MAP_SLOT, "<script type=\"importmap\">" + importMap + "</script>");
        this.consolePolicy = ContentSecurityPolicy.console(PageTemplate.hashSource(importMap));
        this.demo = PageTemplate.read("parley-web-ui/demo.html");
    }

    @GetMapping({"/", "/console"})
    ResponseEntity<String> console() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", consolePolicy).header("X-Frame-Options", "DENY").body(console);
    }

    @GetMapping("/demo")
    ResponseEntity<String> demo() {
        String key = firstWidgetKey().orElse("");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", ContentSecurityPolicy.demo())
                .body(demo.replace(WIDGET_KEY_SLOT, PageTemplate.escapeAttribute(key)));
    }

    private Optional<String> firstWidgetKey() {
        return workspaces.findFirst().flatMap(workspace -> inboxes.list(workspace.id()).stream()
                .filter(inbox -> inbox.channel() == ChannelType.WEB_WIDGET && inbox.enabled())
                .map(InboxView::widgetKey).filter(key -> key != null && !key.isBlank()).findFirst());
    }
}
