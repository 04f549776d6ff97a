/**
 * Demokratipriset: the yearly prize rounds (dates, prize sum, criteria) and, in time, the nominations.
 */
package se.huddinge.delaktighet.nomination;
