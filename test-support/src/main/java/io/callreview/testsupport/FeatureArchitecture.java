package io.callreview.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules every service keeps (ARCHITECTURE.md). A service is a set of <em>features</em>, each one package
 * holding its resource, service, entities and views, and <em>shared</em> packages below them (domain, pure rules,
 * helpers). The rules: every top-level package is one or the other; no cycle between them; shared packages never
 * depend on a feature; REST resources live in features; and no feature reaches into another's internals: its
 * resources, its mappers ({@code *Views}) and its API records (views and requests).
 */
public final class FeatureArchitecture {

    private static final Pattern API_RECORD = Pattern.compile(".*(View|Request|Update|Page|Item|Summary|Diff|Receipt)");

    private final String base;
    private final Set<String> features;
    private final Set<String> shared;
    private final JavaClasses classes;

    private FeatureArchitecture(String base, Set<String> features, Set<String> shared) {
        this.base = base;
        this.features = features;
        this.shared = shared;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(base);
    }

    public static FeatureArchitecture of(String basePackage, Set<String> features, Set<String> shared) {
        return new FeatureArchitecture(basePackage, features, shared);
    }

    /** Checks every rule; a failure names each offending dependency. */
    public void check() {
        everyPackageIsAFeatureOrShared();
        slices().matching(base + ".(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAnyPackage(packages(shared)).should().dependOnClassesThat()
                .resideInAnyPackage(packages(features)).because("shared pieces sit below the features").check(classes);
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path").should().resideInAnyPackage(packages(features))
                .because("a REST resource belongs to the feature it serves").check(classes);
        for (String feature : features) {
            noClasses().that().resideOutsideOfPackage(base + "." + feature + "..").should().dependOnClassesThat(internalsOf(feature))
                    .because("a feature uses another only through its services and domain types, never its resources,"
                            + " mappers or API records").check(classes);
        }
    }

    private void everyPackageIsAFeatureOrShared() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass type : classes) {
            String rest = type.getPackageName().substring(base.length());
            if (rest.isEmpty()) {
                continue;
            }
            String top = rest.substring(1).split("\\.")[0];
            if (!features.contains(top) && !shared.contains(top)) {
                unknown.add(top);
            }
        }
        assertThat(unknown).as("packages of %s that are neither a declared feature nor a shared piece: declare them"
                + " in the service's ArchitectureTest and in ARCHITECTURE.md", base).isEmpty();
    }

    private DescribedPredicate<JavaClass> internalsOf(String feature) {
        String prefix = base + "." + feature;
        return DescribedPredicate.describe("internals of feature " + feature, type ->
                (type.getPackageName().equals(prefix) || type.getPackageName().startsWith(prefix + "."))
                        && (type.isAnnotatedWith("jakarta.ws.rs.Path") || type.getSimpleName().endsWith("Views")
                        || type.isRecord() && API_RECORD.matcher(type.getSimpleName()).matches()));
    }

    private String[] packages(Set<String> names) {
        List<String> packages = new ArrayList<>();
        names.forEach(name -> packages.add(base + "." + name + ".."));
        return packages.toArray(String[]::new);
    }
}
