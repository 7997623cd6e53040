package io.parley.agent.adapter.rest;

import io.parley.agent.AgentProfiles;
import io.parley.agent.AvatarFile;
import io.parley.agent.PublicProfile;
import io.parley.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Agents' pictures, public like the names beside them, for visitors' widgets on any site. The address names the
 * picture by its SHA-256, so a new picture gets a new address and this one may be cached for a year. The type is
 * the one the bytes were checked to be, and browsers are told not to guess another, nor to run anything in it.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Widget")
class AvatarController {

    private static final Duration CACHED_FOR = Duration.ofDays(365);

    private final AgentProfiles profiles;

    AvatarController(AgentProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(PublicProfile.AVATAR_PATH + "{digest}")
    @Operation(summary = "An agent's picture, by the address messages and profiles give (no token needed)")
    ResponseEntity<byte[]> avatar(@PathVariable String digest, WebRequest request) {
        AvatarFile file = profiles.avatar(digest).orElseThrow(() -> DomainException.notFound("agent.avatar-not-found",
                "no picture has this address; it was replaced or removed"));
        String etag = "\"" + file.digest() + "\"";
        var response = ResponseEntity.ok().eTag(etag)
                .cacheControl(CacheControl.maxAge(CACHED_FOR).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cross-Origin-Resource-Policy", "cross-origin");
        if (request.checkNotModified(etag)) {
            return response.build();
        }
        return response.contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"avatar." + file.extension() + "\"")
                .body(file.bytes());
    }
}
