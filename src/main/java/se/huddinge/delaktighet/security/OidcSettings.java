package se.huddinge.delaktighet.security;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in through the municipality's OpenID Connect provider ({@code portal.oidc.*}); used only when a client is
 * configured under {@code spring.security.oauth2.client.registration.*} (docs/security.md, "Security and privacy").
 *
 * @param usernameClaim the ID token's claim that names the member of staff in the portal (falls back to {@code sub})
 * @param rolesClaim    the claim listing the person's groups or roles at the provider
 * @param roles         which of those values gives which portal role; a person with none of them is refused
 */
@Validated
@ConfigurationProperties("portal.oidc")
public record OidcSettings(
        @NotBlank @DefaultValue("preferred_username") String usernameClaim,
        @NotBlank @DefaultValue("groups") String rolesClaim,
        @DefaultValue Map<String, StaffRole> roles) {
}
