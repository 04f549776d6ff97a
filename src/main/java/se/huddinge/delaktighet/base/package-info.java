/**
 * Shared plumbing every feature stands on: the clock, the working-day calendar, the settings, the embedded
 * database, translations and the portal's shell (layout, common pages, error pages), and what the residents' forms
 * of every feature share: the checks of typed text ({@code InputCheck}), the per-address allowance of letters
 * ({@code AddressAllowance}) and the yearly reference numbers ({@code ReferenceNumbers}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.huddinge.delaktighet.base;
