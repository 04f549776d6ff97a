package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.reporting.ChartFigures;
import se.huddinge.delaktighet.reporting.FollowUps;
import se.huddinge.delaktighet.reporting.Statistics;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/** Charts of a year (per month, district, subject, outcome) and of one proposal's supports, each with its table. */
@Route("granskning/statistik")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class StatisticsView extends PortalPage {

    private final Statistics statistics;
    private final ChartFigures figures;
    private final Div charts = new Div();
    private final Div supports = new Div();

    StatisticsView(Statistics statistics, ChartFigures figures, FollowUps followUps, Clock clock,
                   SignedIn signedIn) {
        super("stats.title");
        this.statistics = statistics;
        this.figures = figures;
        add(new ReviewNav("granskning/statistik", signedIn));
        var years = new ComboBox<Integer>(getTranslation("stats.year"));
        years.setItems(followUps.years());
        years.setItemLabelGenerator(String::valueOf);
        years.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                charts.removeAll();
                statistics.ofYear(e.getValue(), getLocale())
                        .forEach(c -> charts.add(new Html(figures.figure(c))));
            }
        });
        add(years, charts);
        years.setValue(LocalDate.now(clock).getYear());

        var reference = new TextField(getTranslation("stats.reference"));
        reference.setHelperText(getTranslation("stats.reference.help"));
        var show = new Button(getTranslation("stats.show"), e -> {
            supports.removeAll();
            statistics.supports(reference.getValue(), getLocale()).ifPresentOrElse(
                    c -> supports.add(new Html(figures.figure(c))),
                    () -> supports.add(new Paragraph(getTranslation("stats.notFound"))));
        });
        supports.getElement().setAttribute("aria-live", "polite");
        var form = new Div(reference, show);
        form.addClassName("filters");
        add(new H2(getTranslation("stats.proposal")), form, supports);
    }
}
