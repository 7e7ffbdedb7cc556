package com.attackacrack.crm.application.port.in.integration;

/** Tells an administrator how the OpenPhone integration is set up and what its webhook has received, never a secret. */
public interface GetIntegrationStatusUseCase {

    /** The configuration facts and webhook counts as they are now. */
    IntegrationStatus status();
}
