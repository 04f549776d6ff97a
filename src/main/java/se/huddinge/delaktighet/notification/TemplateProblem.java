package se.huddinge.delaktighet.notification;

import java.util.regex.Pattern;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Why an edited letter template cannot be used, and the line of the text where it is ({@code 0} when no line can be
 * named): what the letter editor shows at the text.
 *
 * @param detail the template engine's own words for a {@link Reason#SYNTAX} problem (English), else empty
 */
public record TemplateProblem(Reason reason, int line, String detail) {

    public enum Reason {
        /** The engine cannot read or evaluate it. */
        SYNTAX,
        /** The first line is not {@code Subject: ...}. */
        NO_SUBJECT,
        /** An expression is left unfinished and would reach the letter as written. */
        UNFINISHED,
        /** The letter would have no body. */
        EMPTY
    }

    /** What remains of a line when its well-formed expressions are taken out. */
    private static final Pattern EXPRESSIONS = Pattern.compile("\\[\\(.*?\\)]|\\[\\[.*?]]|\\[#[^\\]]*]|\\[/]");

    /** The engine's complaint about {@code e}: its innermost message and the line it names. */
    static TemplateProblem syntax(RuntimeException e) {
        int line = 0;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (line == 0 && t instanceof TemplateProcessingException p && p.getLine() != null) {
                line = p.getLine();
            }
            root = t;
        }
        return new TemplateProblem(Reason.SYNTAX, line,
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    /** An unfinished expression: the first line of {@code text} where one is left once the finished ones are out. */
    static TemplateProblem unfinished(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String rest = EXPRESSIONS.matcher(lines[i]).replaceAll("");
            if (rest.contains("${") || rest.contains("[(") || rest.contains("[#")) {
                return new TemplateProblem(Reason.UNFINISHED, i + 1, "");
            }
        }
        return new TemplateProblem(Reason.UNFINISHED, 0, "");
    }

    /** Thrown by the preview and the save of a template that does not render; carries the problem. */
    public static final class Refused extends RuntimeException {

        private final transient TemplateProblem problem;

        Refused(TemplateProblem problem, Throwable cause) {
            super(problem.reason() + (problem.line() > 0 ? " at line " + problem.line() : "")
                    + (problem.detail().isEmpty() ? "" : ": " + problem.detail()), cause);
            this.problem = problem;
        }

        public TemplateProblem problem() {
            return problem;
        }
    }
}
