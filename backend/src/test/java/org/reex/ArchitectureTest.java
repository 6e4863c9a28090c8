package org.reex;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The backend's directions: controller → service → repository, never back; a feature reaches another
 * feature only through that feature's services; generated API code stays at the edge.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"identity", "reference", "lot", "licence", "matching", "auction",
            "custody", "recovery", "flag", "stats", "certificate", "demo", "targets", "tip", "monthly"};

    /** Bean definitions Micronaut writes next to each bean ({@code $XxxController$Definition...}). */
    private static final String MICRONAUT_GENERATED = ".*\\.\\$.*";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reex");
    }

    @Test
    void repositoriesDependOnNoServiceOrController() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Controller");
        rule.check(classes);
    }

    @Test
    void servicesDependOnNoController() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .check(classes);
    }

    @Test
    void controllersDoNotTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void featuresReachEachOtherOnlyThroughServicesAndTheirValueTypes() {
        for (String feature : FEATURES) {
            String own = "org.reex." + feature + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "repositories, controllers or mappers of " + feature,
                            c -> c.getPackageName().startsWith("org.reex." + feature)
                                    && (c.getSimpleName().endsWith("Repository")
                                    || c.getSimpleName().endsWith("Controller")
                                    || c.getSimpleName().endsWith("Mapper"))))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void sharedCodeDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.reex.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.reex.identity..", "org.reex.lot..", "org.reex.licence..", "org.reex.auction..",
                        "org.reex.matching..", "org.reex.custody..", "org.reex.recovery..", "org.reex.stats..",
                        "org.reex.reference..", "org.reex.certificate..", "org.reex.flag..", "org.reex.demo..",
                        "org.reex.targets..", "org.reex.monthly..")
                .check(classes);
    }

    @Test
    void onlyControllersAndMappersUseTheGeneratedApiModels() {
        noClasses().that().resideOutsideOfPackage("org.reex.api..")
                .and().haveNameNotMatching(MICRONAUT_GENERATED)
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .should().dependOnClassesThat().resideInAPackage("org.reex.api..")
                .check(classes);
    }

    @Test
    void everyControllerDeclaresWhoMayCallIt() {
        classes().that().areAnnotatedWith(Controller.class).and().resideOutsideOfPackage("org.reex.api..")
                .should().beAnnotatedWith(Secured.class)
                .check(classes);
    }
}
