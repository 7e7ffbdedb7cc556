package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.bootstrap.CampaignFaultFixtures.PhoneBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers whose owners are in daytime now and for the next ten minutes, for end-to-end tests that send
 * campaigns on the real clock: quiet hours (08:00-21:00 in the recipient's zone) would hold back texts to a zone where
 * it is night. The blocks and the check that libphonenumber places them in their zones are the fault test's.
 */
final class DaytimeNumbers {

    private DaytimeNumbers() {
    }

    /** {@code count} distinct numbers from one block in daytime. */
    static List<String> now(int count) {
        PhoneBlock block = CampaignFaultFixtures.daytimeBlock(Duration.ofMinutes(10), 100 + count)
                .orElseThrow(() -> new IllegalStateException("no phone block is in daytime now"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(block.number(100 + i));
        }
        return numbers;
    }
}
