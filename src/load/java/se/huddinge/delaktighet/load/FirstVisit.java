package se.huddinge.delaktighet.load;

import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;

/**
 * A first visit in Debian's headless Chromium with an empty cache: bytes on the wire (the sum of the DevTools
 * {@code Network.loadingFinished} encoded lengths, headers included), bodies, requests, and the time from navigation
 * start until Vaadin's client has nothing in flight and the view is in the page. Then a second visit in the same
 * browser: which requests still went to the network.
 */
final class FirstVisit {

    record Result(long wireBytes, long requests, double settledMs, long secondRequests, long secondBytes,
                  String secondUrls, String firstUrls) {
    }

    private static final String SETTLED = """
            const done = arguments[arguments.length - 1];
            (function check() {
              const flow = window.Vaadin && window.Vaadin.Flow;
              const clients = flow && flow.clients ? Object.values(flow.clients) : [];
              const main = document.querySelector('main');
              if (clients.length > 0 && clients.every(c => !c.isActive()) && main && main.children.length > 0) {
                done(performance.now());
              } else {
                setTimeout(check, 5);
              }
            })();
            """;

    static Result measure(String url) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--lang=sv-SE");
        var logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(url);
            startAsAReaderDoes(driver);
            double settled = ((Number) driver.executeAsyncScript(SETTLED)).doubleValue();
            var firstUrls = new StringBuilder();
            long[] first = network(driver, firstUrls);
            driver.get("about:blank");
            network(driver, new StringBuilder());
            driver.get(url);
            startAsAReaderDoes(driver);
            driver.executeAsyncScript(SETTLED);
            var urls = new StringBuilder();
            long[] second = network(driver, urls);
            return new Result(first[0], first[1], settled, second[1], second[0], urls.toString(),
                    firstUrls.toString());
        } finally {
            driver.quit();
        }
    }

    /**
     * A page residents read first starts its app on the reader's first interaction (DD45): the reader presses Tab as
     * soon as the page has loaded, so "settled" is the page and the app a reader who acts at once gets, not the idle
     * fallback's 5 s. A page that starts its app by itself is left alone.
     */
    private static void startAsAReaderDoes(ChromeDriver driver) {
        if (!driver.findElements(org.openqa.selenium.By.cssSelector("script[data-start=interaction]")).isEmpty()) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
    }

    /** Bytes on the wire and requests that went to the network since the last call; their paths into urls. */
    private static long[] network(ChromeDriver driver, StringBuilder urls) {
        Map<String, String> urlOf = new HashMap<>();
        Set<String> cached = new HashSet<>();
        Map<String, Integer> status = new HashMap<>();
        long bytes = 0;
        long requests = 0;
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = VaadinUser.JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString();
            JsonNode params = message.path("params");
            String id = params.path("requestId").asString();
            switch (method) {
                case "Network.requestWillBeSent" -> urlOf.put(id, params.path("request").path("url").asString());
                case "Network.requestServedFromCache" -> cached.add(id);
                case "Network.responseReceived" -> {
                    status.put(id, params.path("response").path("status").asInt());
                    if (params.path("response").path("fromDiskCache").asBoolean()
                            || params.path("response").path("fromMemoryCache").asBoolean()) {
                        cached.add(id);
                    }
                }
                case "Network.loadingFinished" -> {
                    String u = urlOf.getOrDefault(id, "");
                    if (!cached.contains(id) && !u.startsWith("data:") && !u.startsWith("about:")) {
                        bytes += (long) params.path("encodedDataLength").asDouble();
                        requests++;
                        urls.append(' ').append(u.replaceFirst("^https?://[^/]+/", "/")
                                .replaceFirst("\\?v-r=uidl.*", "?v-r=uidl").replaceFirst("\\?v-r=init.*",
                                        "?v-r=init")).append(' ').append(status.getOrDefault(id, 0))
                                .append(String.format(" %.1fKB", params.path("encodedDataLength").asDouble() / 1024));
                    }
                }
                default -> {
                }
            }
        }
        return new long[] {bytes, requests};
    }

    private FirstVisit() {
    }
}
