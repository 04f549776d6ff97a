package se.huddinge.delaktighet.load;

import java.nio.file.Path;

/** The portal's hottest methods during the storm, from its flight recording ({@code jfr view hot-methods}). */
final class Profile {

    static String hotMethods(Path recording) {
        try {
            var p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jfr").toString(), "view",
                    "--width", "160", "hot-methods", recording.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out.lines().limit(30).map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        } catch (Exception e) {
            return "  (no profile: " + e + ")\n";
        }
    }

    private Profile() {
    }
}
