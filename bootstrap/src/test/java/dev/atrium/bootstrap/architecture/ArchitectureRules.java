package dev.atrium.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Atrium's architecture rules, each written once against a {@link Layout}: the tests run every rule
 * on the production code, where it must hold, and on the fixture, where it must report the
 * fixture's violator. docs/adr/0001-architecture-rules.md says why each rule exists.
 */
final class ArchitectureRules {
    // ArchUnit's general coding rules hold for whatever is imported, so they need no layout.

    /** ArchUnit's rule carries its own reason: constructor injection keeps dependencies visible and final. */
    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("operators read Atrium's log: output goes through SLF4J, with levels and context");

    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("an error says what went wrong by its type: domain errors carry a code, others"
                    + " a specific JDK or framework exception");

    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("Atrium logs through SLF4J only, so one Logback configuration governs all output");

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnlyOnTheJdkAndItself(Layout layout) {
        return classes().that().resideInAPackage(layout.domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage(layout.domain(), "java..")
                .because("the domain is plain Java: its rules are tested without a framework and outlive one");
    }

    static ArchRule applicationDependsOnlyOnItselfTheDomainAndTheJdk(Layout layout) {
        return classes().that().resideInAPackage(layout.application())
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(layout.application(), layout.domain(), "java..")
                .because("use cases speak in domain terms and ports; technology is the adapters' business");
    }

    static ArchRule inboundPortsDoNotDependOnOutboundPorts(Layout layout) {
        return noClasses().that().resideInAPackage(layout.inboundPorts())
                .should().dependOnClassesThat().resideInAPackage(layout.outboundPorts())
                .because("callers of a use case must not see how it stores or publishes; an outbound port may"
                        + " take an inbound query (RoomRepository takes ListRoomsQuery), never the reverse");
    }

    static ArchRule everyUseCaseIsOneIntent(Layout layout) {
        return classes().that().resideInAPackage(layout.inboundPorts()).and().areInterfaces()
                .and().haveSimpleNameEndingWith("UseCase")
                .should(declareExactlyOneMethod())
                .because("a use case is one intent, named by it: a caller depends on exactly what it does,"
                        + " and a new intent is a new interface rather than one more method on a bundle");
    }

    static ArchRule onlyBootstrapTouchesTheServices(Layout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.services(), layout.bootstrap())
                .should().dependOnClassesThat().resideInAPackage(layout.services())
                .because("adapters call use cases through their inbound ports; only bootstrap builds the"
                        + " one composition of the implementations (UseCases)");
    }

    static ArchRule adaptersDoNotDependOnEachOther(Layout layout) {
        return slices().matching(layout.adapterSlices())
                .should().notDependOnEachOther()
                .because("each adapter is one technology, replaceable alone; adapters meet only through ports");
    }

    static ArchRule nothingOutsideBootstrapDependsOnBootstrap(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.bootstrap())
                .should().dependOnClassesThat().resideInAPackage(layout.bootstrap())
                .because("bootstrap is the composition root: it knows every module and no module knows it");
    }

    /** Covers {@code @Controller}, {@code @ServerFilter} and every other HTTP type. */
    static ArchRule httpStaysInTheRestAdapter(Layout layout) {
        return onlyOneAdapterUses(layout.restAdapter(), "io.micronaut.http..")
                .because("HTTP is the REST adapter's technology; anywhere else it leaks transport into the hexagon");
    }

    /** Covers {@code @ServerWebSocket} and every other WebSocket type. */
    static ArchRule webSocketsStayInTheSignalingAdapter(Layout layout) {
        return onlyOneAdapterUses(layout.signalingAdapter(), "io.micronaut.websocket..")
                .because("WebSockets are the signaling adapter's technology");
    }

    /** Covers {@code @MappedEntity}, {@code @JdbcRepository} and every other Micronaut Data type. */
    static ArchRule dataAccessStaysInThePersistenceAdapter(Layout layout) {
        return onlyOneAdapterUses(layout.persistenceAdapter(), "io.micronaut.data..")
                .because("rows and repositories are the persistence adapter's business; others see aggregates");
    }

    static ArchRule packagesAreFreeOfCycles(Layout layout) {
        return slices().matching(layout.everyPackage())
                .should().beFreeOfCycles()
                .because("packages in a cycle form one unit that can be neither understood nor changed alone");
    }

    /** Any static {@code reconstitute} in the domain: the rule fails when there is none to guard. */
    static ArchRule onlyPersistenceReconstitutesAggregates(Layout layout) {
        return methods().that().haveName("reconstitute").and().areStatic()
                .and().areDeclaredInClassesThat().resideInAPackage(layout.domain())
                .should().onlyBeCalled().byClassesThat().resideInAPackage(layout.persistenceAdapter())
                .because("reconstitute rebuilds a stored aggregate without the checks of a new one;"
                        + " called anywhere else it would bypass the aggregate's rules");
    }

    /** Synthetic methods (a default method's lambda) are the compiler's, not the interface's. */
    private static ArchCondition<JavaClass> declareExactlyOneMethod() {
        return new ArchCondition<>("declare exactly one method") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                long declared = useCase.getMethods().stream()
                        .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .count();
                if (declared != 1) {
                    events.add(SimpleConditionEvent.violated(useCase,
                            useCase.getName() + " declares " + declared + " methods, not one"));
                }
            }
        };
    }

    private static ArchRule onlyOneAdapterUses(String adapter, String frameworkPackage) {
        return noClasses().that().resideOutsideOfPackage(adapter)
                .should().dependOnClassesThat().resideInAPackage(frameworkPackage);
    }
}
