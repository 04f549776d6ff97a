/** Demo data for the dev profile: staff accounts for each role, prize rounds and proposals in several states. */
package se.huddinge.delaktighet.devdata;
