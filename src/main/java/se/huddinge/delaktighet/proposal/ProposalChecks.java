package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.FILE_TYPE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LARGE;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;
import static se.huddinge.delaktighet.proposal.ProposalFormField.ATTACHMENTS;
import static se.huddinge.delaktighet.proposal.ProposalFormField.CATEGORY;
import static se.huddinge.delaktighet.proposal.ProposalFormField.CONSENT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.DISTRICT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.EMAIL;
import static se.huddinge.delaktighet.proposal.ProposalFormField.LIVES_IN_HUDDINGE;
import static se.huddinge.delaktighet.proposal.ProposalFormField.NAME;
import static se.huddinge.delaktighet.proposal.ProposalFormField.TEXT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.TITLE;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.proposal.internal.FileTypes;
import se.huddinge.delaktighet.base.InputCheck;

/**
 * The checks of every form about a proposal, the resident's and the officers', with the limits from
 * {@link ProposalRules}. Each throws {@link se.huddinge.delaktighet.base.form.InvalidInput} with every problem at
 * its field (each form's {@code *FormField}), before anything is saved.
 */
@Component
class ProposalChecks {

    private final ProposalRules rules;

    ProposalChecks(ProposalRules rules) {
        this.rules = rules;
    }

    void submission(ProposalForm form) {
        var problems = new FieldChecks();
        problems.check(TITLE, InputCheck.text(form.title(), rules.titleMax(), false));
        problems.check(TEXT, InputCheck.text(form.text(), rules.textMax(), true));
        if (form.district() == null || !rules.districts().contains(form.district())) {
            problems.add(DISTRICT, REQUIRED);
        }
        if (form.category() == null || rules.category(form.category()).isEmpty()) {
            problems.add(CATEGORY, REQUIRED);
        }
        problems.check(NAME, InputCheck.text(form.name(), rules.nameMax(), false));
        problems.check(EMAIL, InputCheck.email(form.email()));
        if (!form.livesInHuddinge()) {
            problems.add(LIVES_IN_HUDDINGE, REQUIRED);
        }
        if (!form.consent()) {
            problems.add(CONSENT, REQUIRED);
        }
        List<ProposalForm.NewAttachment> files = attachments(form);
        if (files.size() > rules.maxAttachments()) {
            problems.add(ATTACHMENTS, TOO_MANY);
        }
        for (var file : files) {
            if (file.data().length > rules.maxAttachmentBytes()) {
                problems.add(ATTACHMENTS, TOO_LARGE);
            } else if (FileTypes.detect(file.data()).isEmpty()) {
                problems.add(ATTACHMENTS, FILE_TYPE);
            }
        }
        problems.throwIfAny();
    }

    static List<ProposalForm.NewAttachment> attachments(ProposalForm form) {
        return form.attachments() == null ? List.of() : form.attachments();
    }

    /** Not publishing: a ground from the list, the earlier proposal when the ground needs one, a note within bounds. */
    void rejection(String groundCode, String note, Long similarToId, LongPredicate exists) {
        var problems = new FieldChecks();
        var ground = rules.ground(groundCode);
        if (ground.isEmpty()) {
            problems.add(RejectionFormField.GROUND, Reason.REQUIRED);
        } else if (ground.get().linksEarlier() && (similarToId == null || !exists.test(similarToId))) {
            problems.add(RejectionFormField.SIMILAR_TO, Reason.REQUIRED);
        }
        if (note != null && !note.isBlank()) {
            problems.check(RejectionFormField.NOTE, InputCheck.text(note, rules.groundNoteMax(), true));
        }
        problems.throwIfAny();
    }

    void referral(String committeeCode, String caseNumber) {
        var problems = new FieldChecks();
        if (rules.committee(committeeCode).isEmpty()) {
            problems.add(ReferralFormField.COMMITTEE, Reason.REQUIRED);
        }
        problems.check(ReferralFormField.CASE_NUMBER, InputCheck.text(caseNumber, rules.caseNumberMax(), false));
        problems.throwIfAny();
    }

    void decision(Decision decision, String motivation, LocalDate meetingDate, String minutesRef, LocalDate today) {
        var problems = new FieldChecks();
        if (decision == null) {
            problems.add(DecisionFormField.DECISION, Reason.REQUIRED);
        }
        problems.check(DecisionFormField.MOTIVATION, InputCheck.text(motivation, rules.motivationMax(), true));
        if (meetingDate == null) {
            problems.add(DecisionFormField.MEETING_DATE, Reason.REQUIRED);
        } else if (meetingDate.isAfter(today)) {
            problems.add(DecisionFormField.MEETING_DATE, Reason.FUTURE);
        }
        problems.check(DecisionFormField.MINUTES_REF, InputCheck.text(minutesRef, rules.minutesRefMax(), false));
        problems.throwIfAny();
    }
}
