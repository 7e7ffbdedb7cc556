package com.attackacrack.crm.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules, checked over the production classes of every module. */
class ArchitectureTest {

    private static final String BASE = "com.attackacrack.crm";
    private static final String[] FRAMEWORKS = {
        "io.helidon..", "org.jdbi..", "io.lettuce..", "freemarker..", "org.flywaydb..", "com.fasterxml..",
        "java.sql..", "javax.sql..", "picocli..", "com.zaxxer..", "org.postgresql..", "io.sentry..", "ch.qos.logback..",
        "org.mindrot..", "jakarta.mail..", "org.eclipse.angus..", "com.google.i18n..", "io.micrometer..", "io.prometheus.."
    };

    private static final DescribedPredicate<JavaClass> IMPLEMENT_A_USE_CASE = DescribedPredicate.describe(
            "implement a *UseCase port", c -> !c.isInterface()
                    && c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("UseCase")));

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages(BASE);
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void layersFollowTheOnion() {
        onionArchitecture()
                .domainModels(BASE + ".domain..")
                .applicationServices(BASE + ".application..")
                .adapter("persistence", BASE + ".adapters.out.persistence..")
                .adapter("redis", BASE + ".adapters.out.redis..", BASE + ".adapters.in.redis..")
                .adapter("web", BASE + ".adapters.in.web..")
                .adapter("cli", BASE + ".adapters.in.cli..")
                .adapter("security", BASE + ".adapters.out.security..")
                .adapter("mail", BASE + ".adapters.out.mail..")
                .adapter("phone", BASE + ".adapters.out.phone..")
                .adapter("openphone", BASE + ".adapters.out.openphone..", BASE + ".adapters.in.webhook.openphone..")
                .adapter("metrics", BASE + ".adapters.out.metrics..", BASE + ".adapters.in.metrics..")
                .withOptionalLayers(true)
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(BASE + ".bootstrap.."), DescribedPredicate.alwaysTrue())
                .because("adapters depend on the application, never on each other, and the core on no adapter")
                .check(production);
    }

    @Test
    void domainAndApplicationUseNoFrameworks() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the core is plain Java; frameworks live in adapters and bootstrap")
                .check(production);
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".domain..", "java..")
                .check(production);
    }

    @Test
    void onlyBootstrapKnowsBootstrap() {
        noClasses().that().resideOutsideOfPackage(BASE + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".bootstrap..")
                .check(production);
    }

    @Test
    void inPortInterfacesAreUseCases() {
        // A @FunctionalInterface there is a callback a use case takes (ImportProgress), not a use case.
        classes().that().resideInAPackage(BASE + ".application.port.in..").and().areInterfaces()
                .and().areNotAnnotatedWith(FunctionalInterface.class)
                .should().haveSimpleNameEndingWith("UseCase")
                .check(production);
    }

    @Test
    void inPortValuesAreRecordsOrEnums() {
        classes().that().resideInAPackage(BASE + ".application.port.in..").and().areNotInterfaces()
                .should().beAssignableTo(Record.class).orShould().beAssignableTo(Enum.class)
                .because("commands, queries and results crossing the in-ports are immutable values")
                .check(production);
    }

    @Test
    void useCaseImplementationsAreFinalServices() {
        classes().that(IMPLEMENT_A_USE_CASE)
                .should().haveSimpleNameEndingWith("Service")
                .andShould().resideInAPackage(BASE + ".application.service..")
                .andShould().haveModifier(JavaModifier.FINAL)
                .check(production);
    }

    @Test
    void webControllersAreNamedControllers() {
        classes().that().resideInAPackage(BASE + ".adapters.in.web..")
                .and().implement("io.helidon.webserver.http.HttpService")
                .should().haveSimpleNameEndingWith("Controller")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void mainCodeLogsInsteadOfPrinting() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(production);
    }
}
