package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.NOT_IN_REVIEW;
import static se.huddinge.delaktighet.base.form.Reason.RECUSED;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/**
 * The fields of a committee member's scoring and why {@link PrizeReview#score} may refuse each; {@link #SCORE}
 * repeats, one per criterion (its id); {@link #NOMINATION} is the nomination itself.
 */
public enum ScoreFormField implements FormField {
    @Refused(REQUIRED) SCORE,
    @Refused(TOO_LONG) COMMENT,
    @Refused({RECUSED, NOT_IN_REVIEW}) NOMINATION;

    @Override
    public String form() {
        return "review.nomination";
    }
}
