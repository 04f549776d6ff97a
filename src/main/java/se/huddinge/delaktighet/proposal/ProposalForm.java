package se.huddinge.delaktighet.proposal;

import java.util.List;

/**
 * What a resident fills in.
 *
 * @param livesInHuddinge the statement that the submitter lives, works or studies in Huddinge
 * @param consent         consent to the processing described on the privacy page
 */
public record ProposalForm(String title, String text, String district, String category, String name, String email,
                           boolean livesInHuddinge, boolean consent, List<NewAttachment> attachments) {

    /** An uploaded file, as received. */
    public record NewAttachment(String fileName, byte[] data) {
    }
}
