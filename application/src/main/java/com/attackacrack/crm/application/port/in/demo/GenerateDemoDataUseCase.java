package com.attackacrack.crm.application.port.in.demo;

/** Fills a development database with realistic demo contacts and properties so a new user sees a living app. */
public interface GenerateDemoDataUseCase {

    DemoDataReport generate(GenerateDemoDataCommand command);
}
