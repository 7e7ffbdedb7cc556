package com.attackacrack.crm.adapters.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundledCommonPasswordsTest {

    private static final BundledCommonPasswords LIST = new BundledCommonPasswords();

    @Test
    void holdsAtLeastTenThousandPasswords() {
        assertThat(LIST.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void containsTheUsualSuspects() {
        assertThat(LIST.contains("password")).isTrue();
        assertThat(LIST.contains("123456")).isTrue();
        assertThat(LIST.contains("qwerty")).isTrue();
    }

    @Test
    void comparesCaseInsensitively() {
        assertThat(LIST.contains("PASSWORD")).isTrue();
        assertThat(LIST.contains("PassWord")).isTrue();
    }

    @Test
    void doesNotContainAStrongRandomPassword() {
        assertThat(LIST.contains("vT7#qk2!Lm9zRw4$")).isFalse();
        assertThat(LIST.contains("correct-horse-battery-staple-91")).isFalse();
    }

    @Test
    void nullAndEmptyAreNotListed() {
        assertThat(LIST.contains(null)).isFalse();
        assertThat(LIST.contains("")).isFalse();
    }

    @Test
    void aMissingResourceFailsAtConstruction() {
        assertThatThrownBy(() -> new BundledCommonPasswords("security/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt");
    }
}
