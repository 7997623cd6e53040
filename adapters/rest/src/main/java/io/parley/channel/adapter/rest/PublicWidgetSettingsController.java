package io.parley.channel.adapter.rest;

import io.parley.channel.WidgetSettingsAdministration;
import io.parley.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * What a widget needs before it draws itself, by its public key and without a token. Settings change rarely and are
 * the same for every visitor, so browsers and proxies may keep them a minute and revalidate with the ETag.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Widget")
class PublicWidgetSettingsController {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private final WidgetSettingsAdministration settings;

    PublicWidgetSettingsController(WidgetSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/widget/settings")
    @Operation(summary = "The appearance, greeting and pre-chat form of the widget behind a key")
    ResponseEntity<WidgetSettingsBody> get(@RequestParam("key") String key, WebRequest request) {
        WidgetSettingsBody body = settings.forWidgetKey(key).map(WidgetSettingsBody::of)
                .orElseThrow(() -> DomainException.notFound("channel.unknown-widget-key",
                        "no enabled chat widget has this key; copy the snippet again from the console's settings"));
        // from the text, not hashCode(): enums hash differently in every JVM, and every node must agree
        String etag = "\"" + Integer.toHexString(body.toString().hashCode()) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache()).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache()).body(body);
    }

    private static CacheControl cache() {
        return CacheControl.maxAge(FRESH_FOR).cachePublic();
    }
}
