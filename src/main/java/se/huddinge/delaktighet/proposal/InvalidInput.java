package se.huddinge.delaktighet.proposal;

import java.util.Map;

/**
 * The form had problems: field name to translation key (under {@code proposal.invalid.}). Nothing was saved.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("Invalid input in " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
