package se.huddinge.delaktighet.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.reporting.OpenData;

/**
 * Öppna data: what the open-data addresses give and what each field means, in the reader's language (Swedish,
 * Finnish or English; issue 22, DD38). The fields are {@link OpenData.Item}'s, in its order, so a new field is
 * documented here or {@code OpenDataViewTest} fails. {@code docs/open-data.md} is the developers' version. Its
 * address is not {@code oppna-data}: below that path the data's own addresses are Spring's, not Vaadin's.
 */
@AppStartsOnInteraction
@Route("om-oppna-data")
@AnonymousAllowed
public class OpenDataView extends PortalPage {

    /** The JSON and the CSV address, as the page links them. */
    static final String JSON = "oppna-data/forslag.json?sida=0&antal=100";
    static final String CSV = "oppna-data/forslag.csv?sida=0&antal=1000";

    public OpenDataView() {
        super("opendata.title");
        add(new Paragraph(getTranslation("opendata.intro")));
        add(new H2(getTranslation("opendata.addresses")));
        var addresses = new UnorderedList(
                new ListItem(new Anchor(JSON, getTranslation("opendata.json")), new Span(" " + getTranslation(
                        "opendata.json.text"))),
                new ListItem(new Anchor(CSV, getTranslation("opendata.csv")), new Span(" " + getTranslation(
                        "opendata.csv.text"))));
        add(addresses);
        add(new Paragraph(getTranslation("opendata.paging")));
        add(new H2(getTranslation("opendata.fields")));
        add(new Paragraph(getTranslation("opendata.fields.intro")));
        var fields = new UnorderedList();
        fields.setId("open-data-fields");
        for (String field : fields()) {
            // the field's name is the data's, the same in every language
            var name = new Code(field);
            name.getElement().setAttribute("lang", "en");
            fields.add(new ListItem(name, new Span(": " + getTranslation("opendata.field." + field))));
        }
        add(fields);
        add(new Paragraph(getTranslation("opendata.license")));
    }

    /** The fields of one proposal in the open data, in the order the data gives them. */
    static List<String> fields() {
        return Arrays.stream(OpenData.Item.class.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
