package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.service.integration.OpenPhoneSetup;
import com.attackacrack.crm.bootstrap.config.OpenPhoneConfig;
import com.attackacrack.crm.bootstrap.config.Secret;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenPhone configuration crosses into the integration status as facts only: never a secret value. */
class IntegrationSetupTest {

    private static final String API_KEY = "SENTINEL-API-KEY-0123456789";
    private static final String SIGNING_KEY = "whsec_U0VOVElORUwtU0lHTklORy1LRVk=";
    private static final URI BASE = URI.create("https://crm.example.com");

    @Test
    void aConfiguredIntegrationPassesWhetherEachSecretIsSetButNotItsValue() {
        OpenPhoneSetup setup = OpenPhoneServices.setup(new OpenPhoneConfig(Optional.of(new Secret(API_KEY)),
                OpenPhoneConfig.DEFAULT_API_BASE_URL, Optional.of("PNabc123"), Optional.of(new Secret(SIGNING_KEY))), BASE);

        assertThat(setup).isEqualTo(new OpenPhoneSetup(true, "PNabc123", true, BASE));
        assertThat(setup.toString()).doesNotContain(API_KEY).doesNotContain(SIGNING_KEY);
        assertThat(setup.webhookUrl()).isEqualTo("https://crm.example.com/webhooks/openphone");
    }

    @Test
    void anUnconfiguredIntegrationIsAllAbsent() {
        OpenPhoneSetup setup = OpenPhoneServices.setup(new OpenPhoneConfig(Optional.empty(),
                OpenPhoneConfig.DEFAULT_API_BASE_URL, Optional.empty(), Optional.empty()), BASE);

        assertThat(setup).isEqualTo(new OpenPhoneSetup(false, null, false, BASE));
    }
}
