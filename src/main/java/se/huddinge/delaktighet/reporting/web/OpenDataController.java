package se.huddinge.delaktighet.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import se.huddinge.delaktighet.reporting.OpenData;

/**
 * The open-data addresses (README, "Open data"): published proposals as JSON and CSV, paged, public, cacheable for
 * five minutes, with an ETag so a client that has the page gets 304 Not Modified.
 */
@RestController
class OpenDataController {

    static final String PATH = "/oppna-data";
    private static final CacheControl CACHE = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping(value = PATH + "/forslag.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpenData.Page> json(@RequestParam(name = "sida", defaultValue = "0") int page,
                                       @RequestParam(name = "antal", defaultValue = "100") int size,
                                       HttpServletResponse response) {
        cacheable(response);
        return ResponseEntity.ok().cacheControl(CACHE).header("Access-Control-Allow-Origin", "*")
                .body(openData.page(page, size));
    }

    @GetMapping(value = PATH + "/forslag.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "sida", defaultValue = "0") int page,
                               @RequestParam(name = "antal", defaultValue = "1000") int size,
                               HttpServletResponse response) {
        cacheable(response);
        var out = new ByteArrayOutputStream();
        openData.csv(page, size, out);
        return ResponseEntity.ok().cacheControl(CACHE).header("Access-Control-Allow-Origin", "*")
                .header("Content-Disposition", "inline; filename=\"huddingeforslag-" + page + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /**
     * The security headers are written when the request arrives, with no-store for every answer ({@code Pragma} and
     * {@code Expires} beside {@code Cache-Control}); the caching of these answers replaces the one and removes the
     * others, so a cache is not told two things.
     */
    private static void cacheable(HttpServletResponse response) {
        response.setHeader("Pragma", null);
        response.setHeader("Expires", null);
    }

    /** The ETag from the answer's bytes, and 304 when the client's copy matches (Spring's filter). */
    @Bean
    static FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PATH + "/*");
        registration.setName("openDataEtags");
        return registration;
    }
}
