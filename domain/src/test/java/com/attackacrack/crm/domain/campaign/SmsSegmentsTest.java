package com.attackacrack.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.campaign.SmsSegments.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSegmentsTest {

    @Test
    void anEmptyTextIsNoSegments() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4", "1600, 11"})
    void plainTextIsGsm7With160InOneAnd153PerSegmentWhenSplit(int length, int segments) {
        SmsSegments count = SmsSegments.of("a".repeat(length));
        assertThat(count).isEqualTo(new SmsSegments(Encoding.GSM_7, length, length, segments));
    }

    @Test
    void theWholeGsmBasicSetIsGsm7() {
        String basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        SmsSegments count = SmsSegments.of(basic);
        assertThat(count.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(count.units()).isEqualTo(basic.length()).isEqualTo(127);
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertThat(SmsSegments.of("€")).isEqualTo(new SmsSegments(Encoding.GSM_7, 1, 2, 1));
        assertThat(SmsSegments.of("^{}\\[~]|€")).isEqualTo(new SmsSegments(Encoding.GSM_7, 9, 18, 1));
        assertThat(SmsSegments.of("Price: 5€ [VAT incl.]")).isEqualTo(new SmsSegments(Encoding.GSM_7, 21, 24, 1));
    }

    @Test
    void extensionCharactersCountTowardsTheSegmentLimit() {
        // 80 euro signs are 160 septets: one segment; 81 are 162: two
        assertThat(SmsSegments.of("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM_7, 81, 162, 2));
        assertThat(SmsSegments.of("a".repeat(158) + "€").segments()).isEqualTo(1);
        assertThat(SmsSegments.of("a".repeat(159) + "€").segments()).isEqualTo(2);
    }

    @Test
    void anExtensionCharacterIsNotSplitAcrossSegments() {
        // 152 + 2 septets: the euro sign does not fit in the first segment's last septet and moves whole to the second
        String text = "a".repeat(152) + "€" + "a".repeat(152);
        SmsSegments count = SmsSegments.of(text);
        assertThat(count.units()).isEqualTo(306);
        assertThat(count.segments()).isEqualTo(3);
        // whereas a euro sign that fits leaves it at ceil(306 / 153) = 2
        assertThat(SmsSegments.of("a".repeat(151) + "€" + "a".repeat(153)).segments()).isEqualTo(2);
    }

    @Test
    void oneEmojiMakesTheWholeTextUcs2() {
        SmsSegments count = SmsSegments.of("Hi there \uD83D\uDE00");
        assertThat(count.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(count.characters()).isEqualTo(10);
        assertThat(count.units()).isEqualTo(11);
        assertThat(count.segments()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"})
    void ucs2Is70InOneAnd67PerSegmentWhenSplit(int length, int segments) {
        SmsSegments count = SmsSegments.of("ç".repeat(length)); // lower-case c cedilla is not in GSM 03.38
        assertThat(count).isEqualTo(new SmsSegments(Encoding.UCS_2, length, length, segments));
    }

    @Test
    void emojiAreTwoUtf16UnitsAndOneCharacter() {
        SmsSegments count = SmsSegments.of("\uD83C\uDFE0".repeat(35));
        assertThat(count).isEqualTo(new SmsSegments(Encoding.UCS_2, 35, 70, 1));
        assertThat(SmsSegments.of("\uD83C\uDFE0".repeat(36)).segments()).isEqualTo(2);
    }

    @Test
    void aSurrogatePairIsNotSplitAcrossSegments() {
        // 66 units then an emoji (2 units) would cut it: the emoji goes whole to the second segment
        String text = "ç".repeat(66) + "\uD83C\uDFE0" + "ç".repeat(66);
        SmsSegments count = SmsSegments.of(text);
        assertThat(count.units()).isEqualTo(134);
        assertThat(count.segments()).isEqualTo(3);
    }

    @Test
    void curlyQuotesAndOtherLookAlikesAreNotGsm() {
        assertThat(SmsSegments.of("It\u2019s here").encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.of("It's here").encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.isGsm('\u001B')).isFalse();
    }
}
