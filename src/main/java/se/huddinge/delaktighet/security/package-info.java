/**
 * Staff accounts and sign-in: officers, committee members and administrators, their roles, the login view
 * and the administrators' account page. Residents have no accounts.
 */
package se.huddinge.delaktighet.security;
