package io.gerbang.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;

/**
 * The hexagon's rules, checked on every build over every class the modules build, whatever its package, and
 * Tyrus's ({@link ThisCodebase}). Never loosened to make a build pass.
 */
@AnalyzeClasses(locations = ThisCodebase.class, importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    @ArchTest
    static final ArchRule everyClassOfOursIsInOurPackages = classes()
            .that(ThisCodebase.builtHere())
            .should()
            .resideInAPackage("io.gerbang..")
            .as("every class Gerbang builds lives in io.gerbang: none is planted in a library's package");

    @ArchTest
    static final ArchRule tyrusPackagesHoldOnlyTyrus = classes()
            .that()
            .resideInAPackage("org.glassfish.tyrus..")
            .should(ArchConditions.be(ThisCodebase.fromTyrusJars()))
            .as("Tyrus's packages hold only Tyrus's own classes; its internals are reached from"
                    + " bootstrap.server.TyrusInternals");

    @ArchTest
    static final ArchRule tyrusInternalsStayInOnePlace = noClasses()
            .that(ThisCodebase.builtHere())
            .and()
            .doNotHaveFullyQualifiedName("io.gerbang.bootstrap.server.TyrusInternals")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.glassfish.tyrus.core.TyrusRemoteEndpoint")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.glassfish.tyrus.core.TyrusWebSocket")
            .as("only TyrusInternals touches what Tyrus keeps package-private");

    @ArchTest
    static final ArchRule cachesAreBuiltOneWay = noClasses()
            .that(ThisCodebase.builtHere())
            .and()
            .doNotHaveFullyQualifiedName("io.gerbang.adapters.persistence.cache.NodeCaches")
            .should()
            .callMethod("com.github.benmanes.caffeine.cache.Caffeine", "newBuilder")
            .as("every node-local cache is built by adapters.persistence.cache.NodeCaches (bounded, its upkeep on"
                    + " its callers' threads, not the common fork-join pool's)");

    @ArchTest
    static final ArchRule onion = onionArchitecture()
            .domainModels("io.gerbang.domain..")
            .applicationServices("io.gerbang.application..")
            .adapter("rest", "io.gerbang.adapters.rest..")
            .adapter("websocket", "io.gerbang.adapters.websocket..")
            .adapter("persistence", "io.gerbang.adapters.persistence..")
            // bootstrap is the composition root: it may know every layer
            .ignoreDependency(resideInAPackage("io.gerbang.bootstrap.."), alwaysTrue())
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule domainIsPureJava = classes()
            .that()
            .resideInAPackage("io.gerbang.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.gerbang.domain..", "java..")
            .as("the domain is pure Java");

    @ArchTest
    static final ArchRule applicationIsFrameworkFree = classes()
            .that()
            .resideInAPackage("io.gerbang.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.gerbang.application..", "io.gerbang.domain..", "java..")
            .as("the application is framework-free: it knows the domain and the JDK only");

    @ArchTest
    static final ArchRule onlyBootstrapWires = noClasses()
            .that()
            .resideOutsideOfPackage("io.gerbang.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.context..", "org.springframework.beans..")
            .as("only bootstrap wires with Spring");

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("io.gerbang.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.gerbang.bootstrap..")
            .as("nothing depends on bootstrap");

    @ArchTest
    static final ArchRule inboundPortsAreInterfaces = classes()
            .that()
            .resideInAPackage("io.gerbang.application.port.in..")
            .and()
            .areTopLevelClasses()
            .should()
            .beInterfaces()
            .orShould()
            .beAssignableTo(Record.class)
            .orShould()
            .beEnums()
            .orShould()
            .beAssignableTo(RuntimeException.class)
            .as("inbound ports are interfaces, with the records and refusals they speak in");

    @ArchTest
    static final ArchRule servicesImplementPorts = classes()
            .that()
            .resideInAPackage("io.gerbang.application.service..")
            .and()
            .haveSimpleNameEndingWith("Service")
            .should()
            .implement(resideInAPackage("io.gerbang.application.port.in.."))
            .as("a service implements an inbound port");

    @ArchTest
    static final ArchRule restAdapterCallsInboundPortsOnly = noClasses()
            .that()
            .resideInAnyPackage("io.gerbang.adapters.rest..", "io.gerbang.adapters.websocket..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.gerbang.application.service..", "io.gerbang.application.port.out..")
            .as("inbound adapters call inbound ports, never services or outbound ports");

    @ArchTest
    static final ArchRule useCasesSitInPackagesByArea = noClasses()
            .should()
            .resideInAnyPackage("io.gerbang.application.port.in", "io.gerbang.application.service")
            .as("use cases and their services sit in packages by area (signin, session, task, ...), none in "
                    + "port.in or service itself");

    @ArchTest
    static final ArchRule outboundPortsSpeakNoInboundTypes = noClasses()
            .that()
            .resideInAPackage("io.gerbang.application.port.out..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.gerbang.application.port.in..")
            .as("outbound ports do not speak in the inbound ports' types: what both need is in application.model");

    @ArchTest
    static final ArchRule theModelStandsOnTheDomainAlone = noClasses()
            .that()
            .resideInAPackage("io.gerbang.application.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.gerbang.application.port..", "io.gerbang.application.service..")
            .as("application.model holds the plain types the ports share, made of domain types alone");

    @ArchTest
    static final ArchRule theSocketIoServerKnowsNothingOfGerbang = noClasses()
            .that()
            .resideInAPackage("io.gerbang.adapters.websocket.socketio..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.gerbang.domain..",
                    "io.gerbang.application..",
                    "io.gerbang.adapters.websocket",
                    "io.gerbang.adapters.rest..",
                    "io.gerbang.adapters.persistence..",
                    "io.gerbang.bootstrap..")
            .as("the Engine.IO/Socket.IO server (adapters.websocket.socketio) is a protocol server of its own: the "
                    + "chat plugs into it (SocketIoChat), it imports nothing of Gerbang");
}
