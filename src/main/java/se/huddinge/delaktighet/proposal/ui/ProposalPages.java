package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import se.huddinge.delaktighet.base.ui.PageSubject;
import se.huddinge.delaktighet.proposal.ProposalReads;

/** A proposal's page ({@code forslag/HF-2026-0042}) exists when the proposal does; otherwise it answers 404. */
@org.springframework.stereotype.Component
class ProposalPages implements PageSubject {

    private final ProposalReads reads;

    ProposalPages(ProposalReads reads) {
        this.reads = reads;
    }

    @Override
    public Class<? extends Component> view() {
        return ProposalView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return parameters.get("reference").map(reads::exists).orElse(false);
    }
}
