/**
 * Shared plumbing every feature stands on: the clock, the working-day calendar, the settings, the embedded
 * database, translations and the portal's shell (layout, common pages, error pages).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.huddinge.delaktighet.base;
