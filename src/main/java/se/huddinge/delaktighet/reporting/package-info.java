/**
 * Reporting: the figures staff read — the overview's counts, the staff list of proposals with its CSV export, the
 * annual follow-up (screen, PDF, CSV), charts, the agenda item draft, the audit trail and the public open data.
 * A read model: it reads the features' tables with SQL aggregates (never a list loaded to count it) and changes
 * nothing. Figures of a year come from the stored transitions (the timeline), so a past year never changes.
 */
package se.huddinge.delaktighet.reporting;
