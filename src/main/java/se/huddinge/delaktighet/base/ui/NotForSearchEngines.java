package se.huddinge.delaktighet.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page anyone may open that search engines must not read: the pages behind e-mailed one-time links (their
 * address carries the token) and the staff sign-in. {@code /robots.txt} disallows it (with every view that is not
 * {@code @AnonymousAllowed}), the sitemap leaves it out, and its first HTML names no canonical address. Inherited, so
 * every page of a kind (the proposal module's {@code LinkPage}) is covered when the kind is marked.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotForSearchEngines {
}
