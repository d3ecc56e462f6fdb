package com.citydata.bulletin.platform;

import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.testkit.Declarations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A time-series family says each property of its point once, in its declaration (name, role, stored name, label,
 * unit, description); its contract fragment's point schema and its README's table are held to it here, for every
 * family module of the source tree.
 */
class FamilyDeclarationsTest {
  private static final Path FAMILIES = Path.of("..", "families");
  private static final String SERVICES = "src/main/resources/META-INF/services/" + Family.class.getName();

  static Stream<Arguments> seriesFamilies() throws IOException {
    List<Arguments> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(FAMILIES)) {
      for (Path module : modules.filter(m -> Files.exists(m.resolve(SERVICES))).sorted().toList()) {
        for (String line : Files.readAllLines(module.resolve(SERVICES), StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          Object family;
          try {
            family = Class.forName(line.trim()).getDeclaredConstructor().newInstance();
          } catch (ReflectiveOperationException notShipped) {
            // A fixture family is built beside the product, not in it; its own test holds it to its declaration.
            continue;
          }
          if (family instanceof SeriesFamily series) {
            found.add(Arguments.of(module.getFileName().toString(), series));
          }
        }
      }
    }
    return found.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("seriesFamilies")
  void theContractsPointSchemaIsTheDeclaration(String module, SeriesFamily family) {
    Declarations.assertContractIsTheDeclaration(family);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("seriesFamilies")
  void theReadmeHasARowForEveryDeclaredProperty(String module, SeriesFamily family) {
    Declarations.assertReadmeListsTheDeclaration(family, FAMILIES.resolve(module).resolve("README.md"));
  }
}
