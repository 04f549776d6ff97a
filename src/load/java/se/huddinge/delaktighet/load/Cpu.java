package se.huddinge.delaktighet.load;

import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds a process has used so far (user + system, from /proc/PID/stat), to say how many cores a run took. */
final class Cpu {

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted after the command name: indexes 11 and 12
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    private Cpu() {
    }
}
