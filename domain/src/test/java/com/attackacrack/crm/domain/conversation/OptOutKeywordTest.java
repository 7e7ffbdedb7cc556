package com.attackacrack.crm.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutKeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Stop ", "STOP.", "stop!", "STOPALL", "Unsubscribe", "cancel", "END", "quit"})
    void aSingleOptOutWordOptsOut(String body) {
        assertThat(OptOutKeyword.of(body)).isEqualTo(OptOutKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Unstop", " START! "})
    void startOrUnstopOptsBackIn(String body) {
        assertThat(OptOutKeyword.of(body)).isEqualTo(OptOutKeyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP PLEASE", "Can you stop by Friday?", "please stop", "stopping by later", "ended",
        "start on Monday?", "", "   ", "STOP STOP", "S T O P"})
    void anythingElseIsAnOrdinaryMessage(String body) {
        assertThat(OptOutKeyword.of(body)).isEqualTo(OptOutKeyword.NONE);
    }

    @Test
    void noBodyIsNoKeyword() {
        assertThat(OptOutKeyword.of(null)).isEqualTo(OptOutKeyword.NONE);
    }
}
