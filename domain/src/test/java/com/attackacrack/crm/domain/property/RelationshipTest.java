package com.attackacrack.crm.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelationshipTest {

    @Test
    void codesRoundTripIgnoringCase() {
        assertThat(Relationship.fromCode(" PRIMARY_OWNER ")).isEqualTo(Relationship.PRIMARY_OWNER);
        assertThat(Relationship.TENANT.label()).isEqualTo("Tenant");
    }

    @Test
    void anUnknownCodeNamesTheChoices() {
        assertThatThrownBy(() -> Relationship.fromCode(null)).hasMessageContaining("primary_owner, secondary_owner");
    }
}
