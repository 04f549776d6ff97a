package se.huddinge.delaktighet.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One visitor speaking Vaadin Flow's client protocol, as {@code flow-client} does, without a browser: it loads a
 * page, asks for the UI ({@code ?v-r=init}), navigates ({@code ui-navigate} on the UI node), and sends property
 * changes ({@code mSync} + the {@code change} event) and clicks to {@code ?v-r=uidl&v-uiId=N} with the UI's CSRF key,
 * the server's last sync id and its own client id. Components are found by the {@code id} attribute the app sets.
 * Each request's time is recorded under the step's name in {@link Stats}.
 */
final class VaadinUser {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private int uiId;
    private String csrf;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, Map<String, String>> listeners = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private long bytesIn;

    VaadinUser(String base, Stats stats) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.stats = stats;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Loads the page of a route and builds its UI, as a browser opening the address does (three requests). */
    void open(String step, String route) throws IOException, InterruptedException {
        nodeById.clear();
        listeners.clear();
        String path = route.startsWith("/") ? route.substring(1) : route;
        int q = path.indexOf('?');
        String location = q < 0 ? path : path.substring(0, q);
        String query = q < 0 ? "" : path.substring(q + 1);
        get(step + ": page", path);
        String init = get(step + ": init", "?v-r=init&location=" + enc(location) + "&query=" + enc(query));
        JsonNode config = JSON.readTree(init).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        syncId = -1;
        clientId = 0;
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", location);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        send(step + ": navigate", event(1, "ui-navigate", data));
    }

    /** Types a value into a field and leaves it, as the browser reports it: the value, then the change event. */
    void type(String step, String id, String value) throws IOException, InterruptedException {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        send(step, sync, event(node, "change", eventData(node, "change")));
    }

    /** Clicks a button; returns the server's answer (the UIDL changes). */
    String click(String step, String id) throws IOException, InterruptedException {
        int node = node(id);
        return send(step, event(node, "click", eventData(node, "click")));
    }

    /** Whether the UI now shows a component with this id. */
    boolean shows(String id) {
        return nodeById.containsKey(id);
    }

    long bytesIn() {
        return bytesIn;
    }

    /** Closes the visitor's connections (its session stays on the server). */
    void close() {
        http.close();
    }

    private int node(String id) {
        Integer node = nodeById.get(id);
        if (node == null) {
            throw new IllegalStateException("no component with id " + id + " on the page");
        }
        return node;
    }

    /** The data a browser would send with an event: every expression the server asked for, with a plain value. */
    private ObjectNode eventData(int node, String type) {
        ObjectNode data = JSON.createObjectNode();
        String key = listeners.getOrDefault(node, Map.of()).get(type);
        JsonNode expressions = key == null ? null : constants.get(key);
        if (expressions != null) {
            for (String expression : expressions.propertyNames()) {
                if (expression.startsWith("}") || expression.startsWith("]")) {
                    continue;
                }
                if (expression.endsWith("Key") || expression.contains("defaultPrevented")) {
                    data.put(expression, false);
                } else if (expression.equals("event.detail")) {
                    data.put(expression, 1);
                } else {
                    data.put(expression, 0);
                }
            }
        }
        return data;
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", type);
        event.set("data", data);
        return event;
    }

    private String send(String step, JsonNode... rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        ArrayNode invocations = message.putArray("rpc");
        for (JsonNode call : rpc) {
            invocations.add(call);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var request = HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        String body = timed(step, request);
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode answer = JSON.readTree(json);
        JsonNode uidl = answer.isArray() ? answer.get(0) : answer;
        if (uidl.has("meta") && uidl.path("meta").has("sessionExpired")) {
            throw new IOException(step + ": session expired");
        }
        apply(uidl);
        clientId = uidl.has("clientId") ? uidl.path("clientId").asInt() : clientId + 1;
        return json;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        for (var constant : uidl.path("constants").properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString())) {
                continue;
            }
            String key = change.path("key").asString();
            if ("id".equals(key) && change.path("value").isString()) {
                nodeById.put(change.path("value").asString(), change.path("node").asInt());
            } else if (change.path("feat").asInt() == 4 && change.path("value").isString()) {
                listeners.computeIfAbsent(change.path("node").asInt(), n -> new HashMap<>())
                        .put(key, change.path("value").asString());
            }
        }
    }

    String get(String step, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build();
        return timed(step, request);
    }

    private String timed(String step, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            stats.error(step, e.toString());
            throw e;
        }
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            stats.error(step, "HTTP " + response.statusCode());
            throw new IOException(step + ": HTTP " + response.statusCode());
        }
        stats.time(step, nanos);
        bytesIn += response.body().length();
        return response.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
