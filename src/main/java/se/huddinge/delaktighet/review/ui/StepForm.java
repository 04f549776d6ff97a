package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Function;
import java.util.function.Supplier;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * A staff step's form on the case page. Its fields are bound by {@link Binder} to a record (read with no validators
 * of its own). The rules stay in one place, the service ({@code ProposalChecks}): each problem it finds
 * ({@link InvalidInput}) shows at its field through the form's {@link FieldErrors}, with the field's limit from the
 * settings, and goes away when the field is changed. A step that someone else overtook (the service compares the
 * version the officer saw, under the proposal's lock) says so and shows the case as it is now.
 *
 * @param <E> what the form holds: a record, read with {@link Binder#writeRecord()}
 */
abstract class StepForm<E> extends Div {

    /** What the case page does after a step: show the new state, or reload after a conflict. */
    interface Outcome {
        void done(CaseFile after);

        void overtaken();
    }

    protected final Binder<E> binder;
    private final Outcome outcome;
    /** Where the service's problems show; set by the form once its fields exist. */
    private FieldErrors<?> errors;

    StepForm(Class<E> entry, Outcome outcome) {
        this.binder = new Binder<>(entry);
        binder.setDefaultValidatorsEnabled(false);
        this.outcome = outcome;
    }

    /** Where each of the service's problems shows (every field of the form's type placed). */
    protected void errors(FieldErrors<?> errors) {
        this.errors = errors;
    }

    /** Runs the step with what the form holds, when every field is right. */
    protected void submit(Function<E, CaseFile> step) {
        E entry;
        try {
            entry = binder.writeRecord();
        } catch (ValidationException e) {
            return;                                       // no validators: the service checks
        }
        run(() -> step.apply(entry));
    }

    /** Runs a step that takes nothing from the form (publishing). */
    protected void run(Supplier<CaseFile> step) {
        try {
            CaseFile after = step.get();
            Notification.show(getTranslation("case.saved"));
            outcome.done(after);
        } catch (InvalidInput e) {
            errors.show(e);
        } catch (ProposalException e) {
            Notification.show(getTranslation("case.conflict"));
            outcome.overtaken();
        }
    }
}
