package com.attackacrack.crm.application.service.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    private final FieldProblems problems = new FieldProblems();

    @Test
    void blankIsNullAndValuesAreStripped() {
        Integer blank = problems.parse("a", "  ", Integer::valueOf);
        Integer twelve = problems.parse("a", " 12 ", Integer::valueOf);

        assertThat(blank).isNull();
        assertThat(twelve).isEqualTo(12);
        assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void collectsEveryFieldKeepingTheFirstMessageOfEach() {
        problems.parse("a", "x", raw -> {
            throw BusinessRuleException.invalid("first");
        });
        problems.add("a", "second");
        problems.add("b", "other");

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).containsExactly(
                        java.util.Map.entry("a", "first"), java.util.Map.entry("b", "other")));
    }
}
