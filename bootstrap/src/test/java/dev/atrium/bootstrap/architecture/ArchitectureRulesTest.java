package dev.atrium.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.atrium.archfixture.adapter.alpha.AdapterLoggingWithJavaUtilLogging;
import dev.atrium.archfixture.adapter.alpha.AdapterPrintingToStandardOut;
import dev.atrium.archfixture.adapter.alpha.AdapterThrowingGenericException;
import dev.atrium.archfixture.adapter.alpha.RestAdapterCallingAService;
import dev.atrium.archfixture.adapter.alpha.RestAdapterReconstitutingAggregate;
import dev.atrium.archfixture.adapter.alpha.RestAdapterUsingPersistenceAdapter;
import dev.atrium.archfixture.adapter.alpha.RestAdapterWithMappedEntity;
import dev.atrium.archfixture.adapter.alpha.RestAdapterWithWebSocket;
import dev.atrium.archfixture.adapter.beta.PersistenceAdapterUsingBootstrap;
import dev.atrium.archfixture.adapter.beta.PersistenceAdapterWithController;
import dev.atrium.archfixture.application.port.in.BundledUseCase;
import dev.atrium.archfixture.application.port.in.InboundPortUsingOutboundPort;
import dev.atrium.archfixture.application.service.ServiceUsingAnAdapter;
import dev.atrium.archfixture.bootstrap.FieldInjectedWiring;
import dev.atrium.archfixture.domain.DomainClassUsingFramework;
import dev.atrium.archfixture.domain.chicken.ChickenInPackageCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule must hold on Atrium's production classes and must report its violator in the fixture
 * ({@code dev.atrium.archfixture}): a rule that cannot fail proves nothing.
 */
class ArchitectureRulesTest {
    /** alpha plays the REST adapter, beta persistence; no fixture class plays signaling. */
    private static final Layout FIXTURE = new Layout("dev.atrium.archfixture", "alpha", "beta", "gamma");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test-jars hold fakes that rebuild aggregates the way only persistence may.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .withImportOption(location -> !location.contains("/" + FIXTURE.root().replace('.', '/') + "/"))
            .importPackages(Layout.ATRIUM.root());

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE.root());

    /** The packages the rules are about: a rule about an empty package could never fail. */
    static Stream<String> packagesTheRulesName() {
        Layout atrium = Layout.ATRIUM;
        return Stream.of(atrium.domain(), atrium.inboundPorts(), atrium.outboundPorts(), atrium.services(),
                atrium.restAdapter(), atrium.persistenceAdapter(), atrium.signalingAdapter(), atrium.bootstrap());
    }

    @ParameterizedTest(name = "{0} holds production classes")
    @MethodSource("packagesTheRulesName")
    void everyPackageTheRulesNameHoldsProductionClasses(String packageIdentifier) {
        assertFalse(PRODUCTION.that(resideInAPackage(packageIdentifier)).isEmpty(),
                () -> "no production class in " + packageIdentifier + ": the rules about it could never fail");
    }

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        assertHoldsAndCatches(ArchitectureRules::domainDependsOnlyOnTheJdkAndItself,
                DomainClassUsingFramework.class);
    }

    @Test
    void theApplicationDependsOnlyOnItselfTheDomainAndTheJdk() {
        assertHoldsAndCatches(ArchitectureRules::applicationDependsOnlyOnItselfTheDomainAndTheJdk,
                ServiceUsingAnAdapter.class);
    }

    @Test
    void inboundPortsDoNotDependOnOutboundPorts() {
        assertHoldsAndCatches(ArchitectureRules::inboundPortsDoNotDependOnOutboundPorts,
                InboundPortUsingOutboundPort.class);
    }

    @Test
    void everyUseCaseIsOneIntent() {
        assertHoldsAndCatches(ArchitectureRules::everyUseCaseIsOneIntent, BundledUseCase.class);
    }

    @Test
    void onlyBootstrapTouchesTheServices() {
        assertHoldsAndCatches(ArchitectureRules::onlyBootstrapTouchesTheServices, RestAdapterCallingAService.class);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        assertHoldsAndCatches(ArchitectureRules::adaptersDoNotDependOnEachOther,
                RestAdapterUsingPersistenceAdapter.class);
    }

    @Test
    void nothingOutsideBootstrapDependsOnBootstrap() {
        assertHoldsAndCatches(ArchitectureRules::nothingOutsideBootstrapDependsOnBootstrap,
                PersistenceAdapterUsingBootstrap.class);
    }

    @Test
    void httpStaysInTheRestAdapter() {
        assertHoldsAndCatches(ArchitectureRules::httpStaysInTheRestAdapter, PersistenceAdapterWithController.class);
    }

    @Test
    void webSocketsStayInTheSignalingAdapter() {
        assertHoldsAndCatches(ArchitectureRules::webSocketsStayInTheSignalingAdapter, RestAdapterWithWebSocket.class);
    }

    @Test
    void dataAccessStaysInThePersistenceAdapter() {
        assertHoldsAndCatches(ArchitectureRules::dataAccessStaysInThePersistenceAdapter,
                RestAdapterWithMappedEntity.class);
    }

    @Test
    void packagesAreFreeOfCycles() {
        assertHoldsAndCatches(ArchitectureRules::packagesAreFreeOfCycles, ChickenInPackageCycle.class);
    }

    @Test
    void onlyPersistenceReconstitutesAggregates() {
        assertHoldsAndCatches(ArchitectureRules::onlyPersistenceReconstitutesAggregates,
                RestAdapterReconstitutingAggregate.class);
    }

    @Test
    void noClassUsesFieldInjection() {
        assertHoldsAndCatches(ArchitectureRules.NO_FIELD_INJECTION, FieldInjectedWiring.class);
    }

    @Test
    void noClassWritesToTheStandardStreams() {
        assertHoldsAndCatches(ArchitectureRules.NO_STANDARD_STREAMS, AdapterPrintingToStandardOut.class);
    }

    @Test
    void noClassThrowsGenericExceptions() {
        assertHoldsAndCatches(ArchitectureRules.NO_GENERIC_EXCEPTIONS, AdapterThrowingGenericException.class);
    }

    @Test
    void noClassUsesJavaUtilLogging() {
        assertHoldsAndCatches(ArchitectureRules.NO_JAVA_UTIL_LOGGING, AdapterLoggingWithJavaUtilLogging.class);
    }

    private static void assertHoldsAndCatches(Function<Layout, ArchRule> rule, Class<?> violator) {
        assertHoldsAndCatches(rule.apply(Layout.ATRIUM), rule.apply(FIXTURE), violator);
    }

    private static void assertHoldsAndCatches(ArchRule layoutFreeRule, Class<?> violator) {
        assertHoldsAndCatches(layoutFreeRule, layoutFreeRule, violator);
    }

    private static void assertHoldsAndCatches(ArchRule onAtrium, ArchRule onFixture, Class<?> violator) {
        onAtrium.check(PRODUCTION);
        EvaluationResult result = onFixture.evaluate(VIOLATIONS);
        assertTrue(result.hasViolation(), () -> "the rule let its fixture violator pass: " + violator.getName());
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(line -> line.contains(violator.getName())),
                () -> "the rule did not name its fixture violator " + violator.getName() + ":\n"
                        + result.getFailureReport());
    }
}
