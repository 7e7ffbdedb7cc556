package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;

/** A password that breaks one or more rules; carries every problem so the form can name each one. */
public final class InvalidPasswordException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<PasswordProblem> problems;

    public InvalidPasswordException(List<PasswordProblem> problems) {
        super(Kind.INVALID, "The password does not meet the rules: "
                + String.join(" ", problems.stream().map(PasswordProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }
}
