package se.huddinge.delaktighet.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.huddinge.delaktighet.load.ceiling.BareFlow;

/**
 * The production jar ({@code target/delaktighetsportalen-*.jar}, built by {@code ./mvnw package}) run with the
 * {@code prod} profile, as an operator runs it: settings from the environment and from {@code ./config/}, the
 * project's folder as working directory. Ready when the management port's readiness says UP.
 */
final class PortalProcess implements AutoCloseable {

    private final Path jar;
    private final Map<String, String> env;
    private final List<String> args;
    private final Path log;
    private final int managementPort;
    private Process process;

    PortalProcess(Path jar, Map<String, String> env, List<String> args, Path log, int managementPort) {
        this.jar = jar;
        this.env = env;
        this.args = args;
        this.log = log;
        this.managementPort = managementPort;
    }

    static Path findJar(Path target) throws IOException {
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("delaktighetsportalen-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no jar in " + target + ": run ./mvnw package first"));
        }
        return "jar".equals(System.getProperty("load.layout", "extracted")) ? jar : extracted(jar, target);
    }

    /**
     * The jar unpacked as the Docker image runs it ({@code java -Djarmode=tools -jar … extract}): the application's
     * jar with its libraries beside it on a plain class path, instead of jars nested in one jar ({@code
     * -Dload.layout=jar} runs the single jar).
     */
    private static Path extracted(Path jar, Path target) throws IOException {
        Path dir = target.resolve("load").resolve("app");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        var extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(extract.getInputStream().readAllBytes());
        try {
            if (extract.waitFor() != 0) {
                throw new IOException("extracting " + jar + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return dir.resolve(jar.getFileName());
    }

    /** The bare flow's folder, once copied. */
    private static Path bareFlow;

    /**
     * The benchmark's bare flow ({@link BareFlow}) is not in the production jar: its package's classes, compiled with
     * the driver, are copied to a folder of their own that the portal gets on its class path in front of the jar.
     * Copied once per run: the pair run starts two portals at once, and two copies of the same file at the same time
     * failed (REPLACE_EXISTING deletes before it copies).
     */
    private static synchronized Path bareFlowClasses() throws IOException {
        if (bareFlow != null) {
            return bareFlow;
        }
        try {
            Path compiled = Path.of(BareFlow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String folder = BareFlow.class.getPackageName().replace('.', '/');
            Path copy = Path.of("target", "load", "bare-flow");
            try (var files = Files.walk(compiled.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(compiled.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            bareFlow = copy.toAbsolutePath();
            return bareFlow;
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * The java arguments that run {@code jar} with {@code extra} on its class path: the extracted jar names its
     * libraries in its manifest and its main class is the application's; the single jar is started through Spring
     * Boot's {@code PropertiesLauncher}, which adds {@code loader.path}.
     */
    private static List<String> classPath(Path jar, Path extra) throws IOException {
        try (var file = new java.util.jar.JarFile(jar.toFile())) {
            if (file.getEntry("BOOT-INF/classes/") != null) {
                return List.of("-Dloader.path=" + extra, "-cp", jar.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher");
            }
            return List.of("-cp", extra + java.io.File.pathSeparator + jar,
                    file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    long pid() {
        return process.pid();
    }

    /** Starts the portal and waits for it to be ready; returns the seconds it took. */
    double start() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"));
        command.addAll(classPath(jar, bareFlowClasses()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        var http = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new IOException("the portal stopped at start; see " + log);
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return (System.nanoTime() - begin) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("the portal did not become ready in 4 minutes; see " + log);
    }

    /** A figure from the management port's metrics endpoint. */
    double metric(String name) throws IOException, InterruptedException {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + managementPort + "/actuator/metrics/" + name)).build(), HttpResponse.BodyHandlers.ofString());
        return VaadinUser.JSON.readTree(answer.body()).path("measurements").get(0).path("value").asDouble();
    }

    /** Runs a jcmd command against the portal's JVM and returns what it printed. */
    String jcmd(String... command) throws IOException, InterruptedException {
        var all = new ArrayList<String>();
        all.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        all.add(Long.toString(process.pid()));
        all.addAll(List.of(command));
        var p = new ProcessBuilder(all).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** {@code kill -9}: the JVM stops at once, mid-transaction and mid-letter. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
