package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.audience.FiltersController;
import com.attackacrack.crm.adapters.in.web.campaign.CampaignsController;
import com.attackacrack.crm.adapters.in.web.audience.ListsController;
import com.attackacrack.crm.adapters.in.web.contact.ContactsController;
import com.attackacrack.crm.adapters.in.web.conversation.ConversationsController;
import com.attackacrack.crm.adapters.in.web.home.HomeController;
import com.attackacrack.crm.adapters.in.web.importing.ConflictsController;
import com.attackacrack.crm.adapters.in.web.importing.ImportsController;
import com.attackacrack.crm.adapters.in.web.integration.IntegrationsController;
import com.attackacrack.crm.adapters.in.web.invite.InviteController;
import com.attackacrack.crm.adapters.in.web.profile.ProfileController;
import com.attackacrack.crm.adapters.in.web.property.PropertiesController;
import com.attackacrack.crm.adapters.in.web.settings.UsersController;
import com.attackacrack.crm.adapters.in.web.signin.LoginController;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import java.time.Clock;
import java.util.List;

/** Builds the web server: settings from configuration, security, and every controller wired to its use cases. */
final class WebComposition {

    private WebComposition() {
    }

    static CrmWebServer start(Wiring wiring, CheckSystemHealthUseCase health) {
        CrmConfig config = wiring.config();
        BuildInfo build = wiring.build();
        Clock clock = wiring.clock();
        WebSettings settings = new WebSettings(WebSettings.DEFAULT_HOST, config.port(), config.production(),
                config.maxRequestBodyBytes(), build.version(), config.environment().code())
                .withPublicBaseUrl(config.publicBaseUrl())
                .withClientAddressHeader(config.clientAddressHeader().orElse(null));
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        AccountServices accounts = wiring.accounts();
        WebSecurity security = WebSecurity.create(settings, accounts.authenticateSession(), clock);
        WebCookies cookies = security.cookies();
        OpenPhoneServices openPhone = wiring.openPhone();
        return CrmWebServer.start(settings, renderer, security, List.of(
                new HealthController(health, build.version(), clock),
                new HomeController(health, renderer),
                new LoginController(accounts.signIn(), accounts.signOut(), renderer, cookies),
                new InviteController(accounts.checkInvite(), accounts.acceptInvite(), renderer, cookies),
                new UsersController(new UsersController.UseCases(accounts.listUsers(), accounts.inviteUser(),
                        accounts.resendInvite(), accounts.revokeInvite(), accounts.changeUserRole(),
                        accounts.deactivateUser(), accounts.reactivateUser()), renderer, cookies, clock),
                new ProfileController(accounts.updateProfile(), accounts.changePassword(), renderer, cookies),
                contactsController(wiring.records(), openPhone, wiring.campaigns(), renderer, cookies, clock),
                listsController(wiring.campaigns(), renderer, cookies),
                filtersController(wiring.campaigns(), renderer, cookies),
                campaignsController(wiring.campaigns(), renderer, cookies, clock),
                new ConversationsController(new ConversationsController.UseCases(openPhone.listConversations(),
                        openPhone.getConversation(), openPhone.sendReply()), renderer, cookies, clock),
                propertiesController(wiring.records(), renderer, cookies, clock),
                // conflicts first: /settings/imports/conflicts must not be read as an import id
                new ConflictsController(new ConflictsController.UseCases(wiring.imports().listConflicts(),
                        wiring.imports().getConflict(), wiring.imports().resolveConflict()), renderer, cookies),
                importsController(wiring.imports(), renderer, cookies, clock),
                new IntegrationsController(openPhone.integrationStatus(config.publicBaseUrl()), openPhone.deadLetters(),
                        openPhone.replay(), renderer, cookies),
                openPhone.controller()));
    }

    private static ContactsController contactsController(RecordServices r, OpenPhoneServices openPhone,
                                                         CampaignServices c, TemplateRenderer renderer,
                                                         WebCookies cookies, Clock clock) {
        return new ContactsController(new ContactsController.UseCases(r.listContacts(), r.exportContacts(),
                r.getContact(), r.createContact(), r.updateContact(), r.deleteContact(), openPhone.getConversation()),
                c.listLists(), renderer, cookies, clock);
    }

    private static CampaignsController campaignsController(CampaignServices c, TemplateRenderer renderer,
                                                           WebCookies cookies, Clock clock) {
        return new CampaignsController(new CampaignsController.UseCases(c.listCampaigns(), c.getCampaign(),
                c.createCampaign(), c.updateCampaign(), c.previewCampaign(), c.launchCampaign(), c.pauseCampaign(),
                c.resumeCampaign(), c.cancelCampaign(), c.listRecipients(), c.exportRecipients(), c.listLists(),
                c.listFilters()), renderer, cookies, clock);
    }

    private static ListsController listsController(CampaignServices c, TemplateRenderer renderer, WebCookies cookies) {
        return new ListsController(new ListsController.UseCases(c.listLists(), c.getList(), c.createList(),
                c.renameList(), c.deleteList(), c.addContacts(), c.addMatching(), c.addImport(), c.removeMembers()),
                renderer, cookies);
    }

    private static FiltersController filtersController(CampaignServices c, TemplateRenderer renderer,
                                                       WebCookies cookies) {
        return new FiltersController(new FiltersController.UseCases(c.listFilters(), c.getFilter(), c.createFilter(),
                c.updateFilter(), c.deleteFilter(), c.countAudience(), c.listLists()), renderer, cookies);
    }

    private static ImportsController importsController(ImportServices i, TemplateRenderer renderer, WebCookies cookies,
                                                       Clock clock) {
        return new ImportsController(new ImportsController.UseCases(i.upload(), i.list(), i.get(), i.problems(), i.rerun(),
                i.resolveAll(), i.prepareMapping(), i.mapColumns()), renderer, cookies, clock);
    }

    private static PropertiesController propertiesController(RecordServices r, TemplateRenderer renderer,
                                                             WebCookies cookies, Clock clock) {
        return new PropertiesController(new PropertiesController.UseCases(r.listProperties(), r.exportProperties(),
                r.getProperty(), r.createProperty(), r.updateProperty(), r.deleteProperty(), r.linkContact(),
                r.unlinkContact()), renderer, cookies, clock);
    }
}
