package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/** The one field of a comment's report and of an officer's removal ({@link CommentModeration}): the ground. */
public enum CommentGroundField implements FormField {
    @Refused(REQUIRED) GROUND;

    @Override
    public String form() {
        return "comments";
    }
}
