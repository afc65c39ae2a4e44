package io.gerbang.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.error.Refusals;
import io.gerbang.adapters.websocket.ChatRefusals;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.shared.Refused;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of refusal, the domain's and the application's, found among the classes the modules build, has
 * its words in each inbound adapter: a status, code and words over REST, and the same code on the chat's sockets
 * (the two adapters cannot share a table, so this is where they are held to one).
 */
class RefusalsAreWordedTest {

    private static List<Class<?>> kinds;

    @BeforeAll
    static void findEveryKind() {
        kinds = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importLocations(new ThisCodebase().get(RefusalsAreWordedTest.class))
                        .get(Refused.class)
                        .getAllSubclasses()
                        .stream()
                        .filter(kind ->
                                !kind.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                        .map(JavaClass::reflect)
                        .toList();
    }

    @Test
    void theyAreFoundInTheDomainAndTheApplication() {
        assertThat(kinds)
                .hasSizeGreaterThan(30)
                .anySatisfy(kind -> assertThat(kind.getPackageName()).isEqualTo("io.gerbang.domain.task"))
                .anySatisfy(
                        kind -> assertThat(kind.getPackageName()).isEqualTo("io.gerbang.application.port.in.refusal"));
    }

    @Test
    void eachHasAnAnswerOverRestWordedInBothLanguages() {
        assertThat(kinds).allSatisfy(kind -> {
            assertThat(Refusals.answers(kind)).as(kind.getSimpleName()).isTrue();
            Refusals.Answer answer = Refusals.of(sample(kind));
            assertThat(Messages.text(Messages.Language.EN, answer.messageKey()))
                    .as(kind.getSimpleName())
                    .isNotEqualTo(answer.messageKey());
            assertThat(Messages.text(Messages.Language.ID, answer.messageKey()))
                    .as(kind.getSimpleName())
                    .isNotEqualTo(answer.messageKey());
        });
    }

    @Test
    void eachHasOnTheChatsSocketsTheCodeItHasOverRest() {
        assertThat(kinds).allSatisfy(kind -> {
            assertThat(ChatRefusals.codes(kind)).as(kind.getSimpleName()).isTrue();
            Refused refused = sample(kind);
            assertThat(ChatRefusals.of(refused))
                    .as(kind.getSimpleName())
                    .isEqualTo(Refusals.of(refused).code());
        });
    }

    /** One of a kind, with whatever facts its constructor takes (null, zero, the unit level). */
    private static Refused sample(Class<?> kind) {
        try {
            var constructor = kind.getConstructors()[0];
            Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                    .map(type -> type == long.class
                            ? (Object) 0L
                            : type == AssignmentLevel.class ? AssignmentLevel.UNIT : null)
                    .toArray();
            return (Refused) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(kind.getName(), e);
        }
    }
}
