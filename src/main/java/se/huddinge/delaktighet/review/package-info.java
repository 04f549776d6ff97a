/**
 * The committee's and officers' dashboard (Granskning): the overview (queues, due and overdue steps, the year's key
 * figures, prize rounds, letters), the queues and the case page, every proposal in one list with its CSV export,
 * statistics with charts, the annual follow-up, the draft agenda item and, for administrators, the audit trail. The
 * figures come from {@code reporting}.
 */
package se.huddinge.delaktighet.review;
