package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddImportToListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final AddImportToListService service =
            new AddImportToListService(given.lists, imports, given.transactions, given.clock);

    @Test
    void addsTheContactsTheImportCreatedOrMatched() {
        CampaignList list = given.givenList("Imported");
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        ImportId run = imports.start("leads.csv", ImportFormat.PROPERTYRADAR, "admin@example.com", 2L,
                given.clock.instant());
        given.lists.givenImportContacts(run, List.of(ann.id(), bob.id(), ann.id()));

        ListAddition addition = service.addImport(list.id(), run);

        assertThat(addition.added()).isEqualTo(2);
        assertThat(addition.list().memberCount()).isEqualTo(2);
    }

    @Test
    void anUnknownImportIsNotFound() {
        CampaignList list = given.givenList("Imported");

        assertThatThrownBy(() -> service.addImport(list.id(), new ImportId(77)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("No import with id 77");
    }
}
