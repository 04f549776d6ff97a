package se.huddinge.delaktighet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an administrator disables an account, its sessions end at their next request, on whichever instance they
 * live: for a member of staff signed in with the login form, each request first checks in the database that the
 * account is still enabled (one lookup by its unique username). A session of a disabled account is invalidated and
 * the request goes on as anonymous, so Vaadin shows the login page.
 */
class SignOutDisabledAccounts extends OncePerRequestFilter {

    private final ObjectProvider<StaffAccountService> accounts;
    private final SecurityContextHolderStrategy contexts;

    SignOutDisabledAccounts(ObjectProvider<StaffAccountService> accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = contexts.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()
                && !accounts.getObject().isActive(auth.getName())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
        }
        chain.doFilter(request, response);
    }
}
