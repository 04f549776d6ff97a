package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/** The author's own page, from the link in their letters: the proposal's state, and withdrawing it. */
@Route("forslag/hantera")
@AnonymousAllowed
@NotForSearchEngines
class ManageProposalView extends LinkPage {

    private final ProposalService service;
    private final Paragraph state = new Paragraph();

    ManageProposalView(ProposalService service) {
        super("manage.title");
        this.service = service;
        state.setId("manage-state");
        add(state);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        super.setParameter(event, parameter);
        try {
            var p = service.managed(token);
            showState(p);
            if (ProposalStatus.WITHDRAWABLE.contains(p.status())) {
                var intro = new Paragraph(getTranslation("manage.withdrawIntro"));
                add(intro);
                add(action("manage.withdraw", out -> {
                    var withdrawn = service.withdraw(token);
                    intro.setVisible(false);
                    showState(withdrawn);
                    FormResult.replace(out, getTranslation("manage.withdrawn.title"),
                            new Paragraph(getTranslation("manage.withdrawn", withdrawn.title())));
                }), result);
            } else if (p.status() != ProposalStatus.WITHDRAWN) {
                add(new Paragraph(getTranslation("manage.cannotWithdraw")));
            }
            if (p.status().isPublic()) {
                add(CommentsSection.of(p, token));
            }
        } catch (ProposalException e) {
            state.setText(getTranslation("proposal.error." + e.reason().name()));
        }
    }

    private void showState(PublicProposal p) {
        state.setText(getTranslation("manage.state", p.title(), ProposalTexts.status(this, p.status())));
    }
}
