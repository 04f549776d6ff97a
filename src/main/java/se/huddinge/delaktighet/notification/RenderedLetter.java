package se.huddinge.delaktighet.notification;

/** A letter's words: the subject line, the plain-text body and the same body as HTML. */
public record RenderedLetter(String subject, String text, String html) {
}
