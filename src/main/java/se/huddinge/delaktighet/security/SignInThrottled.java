package se.huddinge.delaktighet.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password: too many recent failures for the username or the address. */
public class SignInThrottled extends AuthenticationException {

    SignInThrottled() {
        super("Too many failed sign-in attempts");
    }
}
