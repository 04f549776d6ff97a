package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.proposal.ProposalEvents.Step;
import se.huddinge.delaktighet.proposal.ProposalEvents.StepDelayed;
import se.huddinge.delaktighet.proposal.ProposalEvents.StepDueSoon;
import se.huddinge.delaktighet.proposal.internal.DeadlineNotice;
import se.huddinge.delaktighet.proposal.internal.DeadlineNotice.Kind;
import se.huddinge.delaktighet.proposal.internal.DeadlineNoticeRepository;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * Watches the due dates. A few working days before one, officers are reminded; when one passes without the step,
 * the due date moves on by the configured amount and the submitter is told the new date. Runs on a schedule
 * under a database lock; the notice table's unique key makes it safe even when two instances run it at once.
 */
@Component
public class ProposalDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ProposalDeadlines.class);

    private final ProposalRepository proposals;
    private final DeadlineNoticeRepository notices;
    private final ServiceLevels levels;
    private final DueDates dueDates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private ProposalImplementations implementations;

    /** The follow-through of approved proposals: its planned dates are watched by the same job (DD29). */
    @org.springframework.beans.factory.annotation.Autowired
    void setImplementations(ProposalImplementations implementations) {
        this.implementations = implementations;
    }

    ProposalDeadlines(ProposalRepository proposals, DeadlineNoticeRepository notices, ServiceLevels levels,
                      DueDates dueDates, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.notices = notices;
        this.levels = levels;
        this.dueDates = dueDates;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${portal.service-levels.cron:0 5 * * * *}", zone = "${portal.zone:Europe/Stockholm}")
    @SchedulerLock(name = "proposals.deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    public void scheduledCheck() {
        check();
    }

    /** The last due date that counts as "due soon" today: officers are reminded of it, the queues mark it. */
    public LocalDate dueSoonUntil() {
        return dueDates.dueSoonUntil(LocalDate.now(clock));
    }

    /** Sends what is due now; returns how many reminders and delay letters were started. */
    public int check() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = dueSoonUntil();
        int sent = 0;
        for (Long id : jdbc.queryForList("select p.id from proposal p where " + WaitingStep.sqlWaiting("p")
                + " and " + WaitingStep.sql("p") + " <= ?", Long.class, horizon)) {
            for (Step step : Step.values()) {
                try {
                    Boolean done = tx.execute(s -> handle(id, step, today, horizon));
                    if (Boolean.TRUE.equals(done)) {
                        sent++;
                    }
                } catch (DataIntegrityViolationException e) {
                    // another instance sent this notice at the same moment
                    log.debug("Deadline notice for proposal {} {} already sent", id, step);
                }
            }
        }
        return sent + implementations.remindOverdue();
    }

    private boolean handle(long id, Step step, LocalDate today, LocalDate horizon) {
        Proposal p = proposals.lockById(id).orElseThrow();
        LocalDate due = p.dueDate(step);
        if (due == null || due.isAfter(horizon)) {
            return false;
        }
        Instant now = clock.instant();
        if (due.isBefore(today)) {
            if (notices.existsByProposalIdAndStepAndDueDateAndKind(id, step.name(), due, Kind.DELAY.name())) {
                return false;
            }
            LocalDate newDue = dueDates.postponed(step, today);
            notices.saveAndFlush(new DeadlineNotice(id, step.name(), due, Kind.DELAY, now));
            p.postpone(step, newDue);
            events.publishEvent(new StepDelayed(id, step, due, newDue));
            return true;
        }
        if (notices.existsByProposalIdAndStepAndDueDateAndKind(id, step.name(), due, Kind.REMINDER.name())) {
            return false;
        }
        notices.saveAndFlush(new DeadlineNotice(id, step.name(), due, Kind.REMINDER, now));
        events.publishEvent(new StepDueSoon(id, step, due));
        return true;
    }
}
