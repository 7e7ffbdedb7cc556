package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportPropertiesServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final ExportPropertiesService service = new ExportPropertiesService(given.properties);

    @Test
    void streamsEveryMatchingPropertyInListOrder() {
        for (int i = 1; i <= 120; i++) {
            given.givenProperty(i + " Elm St", null);
        }
        List<PropertySummary> rows = new ArrayList<>();

        long count = service.export(new PropertyListQuery(PropertyFilter.none(), PropertySort.CREATED_DESC,
                PageRequest.first()), rows::add);

        assertThat(count).isEqualTo(120);
        assertThat(rows.get(0).property().details().address().street()).isEqualTo("120 Elm St");
    }
}
