package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** A story about comments: a published proposal, GreenMail, and the steps a resident takes on the page. */
abstract class CommentTestBase extends ProposalTestBase {

    final Mailbox mail = new Mailbox();
    long id;
    String reference;

    @BeforeEach
    void aPublishedProposal() {
        mail.start();
        id = given.published(BENCHES);
        reference = given.reference(id);
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    void open() {
        UI.getCurrent().navigate("forslag/" + reference);
    }

    void comment(String name, String email, String text, boolean hearReplies) {
        open();
        _setValue(_get(TextArea.class, s -> s.withLabel("Din kommentar")), text);
        _setValue(_get(TextField.class, s -> s.withLabel("Namn som visas")), name);
        _setValue(_get(EmailField.class, s -> s.withLabel("Din e-postadress")), email);
        _setValue(_get(Checkbox.class, s -> s.withLabel("Mejla mig när någon svarar på min kommentar")), hearReplies);
        _click(_get(Button.class, s -> s.withText("Skicka kommentaren")));
    }

    /** What follows comes from {@code address}: the test thread's request, where the portal reads the client. */
    static void fromClientAddress(String address) {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        ((MockHttpServletRequest) attributes.getRequest()).setRemoteAddr(address);
    }

    void confirmFromLetter(String email) {
        var letter = mail.letterTo(email, "Bekräfta din kommentar");
        UI.getCurrent().navigate("kommentar/bekrafta/" + letter.token("kommentar/bekrafta/"));
        _click(_get(Button.class, s -> s.withId("link-action")));
    }

}
