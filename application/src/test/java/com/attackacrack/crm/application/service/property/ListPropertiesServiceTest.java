package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class ListPropertiesServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final ListPropertiesService service = new ListPropertiesService(given.properties);

    @Test
    void searchesAddressesAndApnsWithTheFilteredTotal() {
        given.givenProperty("1 Elm St", "APN-77");
        given.givenProperty("2 Elm St", null);
        given.givenProperty("3 Oak St", null);

        Page<PropertySummary> page = service.list(new PropertyListQuery(new PropertyFilter("elm", null, null, null, null,
                null, null), PropertySort.ADDRESS_ASC, new PageRequest(1, 1)));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(row -> row.property().details().address().street()).containsExactly("1 Elm St");
        assertThat(service.list(new PropertyListQuery(new PropertyFilter("apn-77", null, null, null, null, null, null),
                PropertySort.CREATED_DESC, PageRequest.first())).total()).isEqualTo(1);
    }
}
