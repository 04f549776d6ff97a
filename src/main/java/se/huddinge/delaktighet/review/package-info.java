/**
 * The committee's and officers' dashboard (Granskning): queues, service levels, prize rounds and the letters
 * that could not be delivered.
 */
package se.huddinge.delaktighet.review;
