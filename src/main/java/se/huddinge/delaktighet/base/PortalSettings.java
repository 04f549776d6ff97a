package se.huddinge.delaktighet.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's general settings ({@code portal.*} in {@code config/application.yml}).
 *
 * @param baseUrl      the public address of the portal, used in every link a letter carries
 * @param zone         the municipality's time zone: every deadline and date is in it
 * @param municipality the municipality's name as residents know it
 * @param contact      where residents turn for help, named in letters and on the pages
 * @param mail         the sender of the portal's letters
 */
@Validated
@ConfigurationProperties("portal")
public record PortalSettings(
        @NotNull URI baseUrl,
        @NotNull @DefaultValue("Europe/Stockholm") ZoneId zone,
        @NotBlank @DefaultValue("Huddinge kommun") String municipality,
        @Valid @NotNull Contact contact,
        @Valid @NotNull Mail mail) {

    /** How residents reach the municipality. */
    public record Contact(@NotBlank String phone, @NotBlank @Email String email, @NotBlank String accessibilityEmail,
                          @NotBlank String dataProtectionEmail) {
    }

    /** Sender and reply address of the letters. */
    public record Mail(@NotBlank @Email String from, @NotBlank @DefaultValue("Huddinge kommun") String fromName) {
    }

    /** An absolute link into the portal, {@code path} without a leading slash. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path);
    }
}
