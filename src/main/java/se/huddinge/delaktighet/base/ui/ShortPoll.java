package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Lets a page show what the server does just after a request: e.g. a letter, written by a listener once the
 * step's transaction has committed. The browser asks every {@code interval} until {@code landed} says the page
 * shows it, at most {@code times} times, and then stops asking. No server push: a poll is a plain request, so it
 * passes every proxy and needs no open connection. One per page; a new one replaces the one before.
 */
public final class ShortPoll {

    private final UI ui;
    private final BooleanSupplier landed;
    private final int times;
    private final Registration onPoll;
    private final Registration onDetach;
    private int polls;

    private ShortPoll(UI ui, Component owner, Duration interval, int times, BooleanSupplier landed) {
        this.ui = ui;
        this.landed = landed;
        this.times = times;
        this.onPoll = ui.addPollListener(e -> poll());
        this.onDetach = owner.addDetachListener(e -> stop());
        ui.setPollInterval((int) interval.toMillis());
    }

    /**
     * Starts asking for {@code owner}'s page; {@code landed} refreshes what the page shows and tells whether what
     * it waits for is there. Stops when it is, after {@code times} polls, or when the owner leaves the page.
     */
    public static void until(Component owner, Duration interval, int times, BooleanSupplier landed) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        var before = ComponentUtil.getData(ui, ShortPoll.class);
        if (before != null) {
            before.stop();
        }
        ComponentUtil.setData(ui, ShortPoll.class, new ShortPoll(ui, owner, interval, times, landed));
    }

    private void poll() {
        polls++;
        if (landed.getAsBoolean() || polls >= times) {
            stop();
        }
    }

    private void stop() {
        onPoll.remove();
        onDetach.remove();
        if (ComponentUtil.getData(ui, ShortPoll.class) == this) {
            ComponentUtil.setData(ui, ShortPoll.class, null);
            ui.setPollInterval(-1);
        }
    }
}
