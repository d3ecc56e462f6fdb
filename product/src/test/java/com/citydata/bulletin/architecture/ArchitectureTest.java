package com.citydata.bulletin.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's main code as the assembled jar's class path holds it: every module, every family. Test code (the
 * test-classes directories, the modules' test jars and the family testkit, a library for tests) is left out.
 */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainCode() {
    ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar")
        && !location.contains("family-testkit");
    main = new ClassFileImporter().withImportOption(mainOnly).importPackages("com.citydata.bulletin");
  }

  @Test
  void everyModuleAndFamilyIsImported() {
    assertThat(main.containPackage("com.citydata.bulletin.families.exchange")).isTrue();
    assertThat(main.containPackage("com.citydata.bulletin.platform")).isTrue();
    assertThat(main.containPackage("com.citydata.bulletin.testing")).as("test code is left out").isFalse();
  }

  @Test
  void noPackageCycle() {
    slices().matching("com.citydata.bulletin.(**)").should().beFreeOfCycles().check(main);
  }

  /** A family reaches another only through the family API, never by its classes. */
  @Test
  void familiesDoNotKnowEachOther() {
    slices().matching("com.citydata.bulletin.families.(*)..").should().notDependOnEachOther().check(main);
  }
}
