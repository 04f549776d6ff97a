package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * A staff step's form on the case page. Its fields are bound by {@link Binder} to a record whose components are
 * named as the service names its fields. The rules stay in one place, the service ({@code ProposalChecks}): each
 * problem it finds ({@link InvalidInput}) shows at the binding of the same name, with the field's limit from the
 * settings, and goes away when the field is changed. A step that someone else overtook says so and shows the case as
 * it is now.
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
    /** The length limit of each field that has one, for the service's "too long" too. */
    private final Map<String, Integer> limits = new HashMap<>();

    StepForm(Class<E> entry, Outcome outcome) {
        this.binder = new Binder<>(entry);
        binder.setDefaultValidatorsEnabled(false);
        this.outcome = outcome;
    }

    /** The message under {@code case.invalid.<field>.<problem>}, with its limit if it has one. */
    protected String problem(String field, String problem, Object... limit) {
        return getTranslation("case.invalid." + field + "." + problem, limit);
    }

    /** The field's length limit, for its "too long" message. */
    protected void limit(String field, int max) {
        limits.put(field, max);
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
            e.problems().forEach((field, problem) -> binder.getBinding(field).ifPresent(binding -> {
                if (binding.getField() instanceof HasValidation f) {
                    f.setErrorMessage(problem(field, problem, limits.get(field)));
                    f.setInvalid(true);
                }
            }));
        } catch (ProposalException | OptimisticLockingFailureException e) {
            Notification.show(getTranslation("case.conflict"));
            outcome.overtaken();
        }
    }
}
