package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.server.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vaadin version a saving was written for: such a saving runs only on that minor version and switches itself off,
 * with a warning, on another, so an upgrade is a version bump plus the tests (docs/framework-coupling.md).
 */
final class VaadinVersion {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinVersion.class);

    /** The running Vaadin Flow as {@code major.minor}. */
    static String running() {
        return Version.getMajorVersion() + "." + Version.getMinorVersion();
    }

    /** Whether {@code what}, written for Vaadin {@code majorMinor} (e.g. "25.2"), may run; if not, says so in the log. */
    static boolean writtenFor(String majorMinor, String what) {
        if (running().equals(majorMinor)) {
            return true;
        }
        LOG.warn("{} was written for Vaadin {} and this is Vaadin {}: it is off until it is checked again "
                + "(docs/framework-coupling.md)", what, majorMinor, Version.getFullVersion());
        return false;
    }

    private VaadinVersion() {
    }
}
