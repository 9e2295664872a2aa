package io.credence.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form the console accepts carries the session's CSRF token: a new action added without it would
 * be open to forged forms, so this fails instead. Only the sign-in form has none (there is no session
 * yet; the same-origin check guards it).
 */
class ConsoleFormsTest {

    @Test
    void everyConsoleFormTakesTheSessionsToken() {
        JavaClasses console = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.credence.console");
        List<String> actions = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        console.forEach(type -> {
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                actions.add(name);
                boolean guarded = Arrays.stream(method.getParameters())
                        .map(p -> p.getAnnotation(FormParam.class))
                        .anyMatch(form -> form != null && form.value().equals("csrf"));
                if (!guarded && !name.equals("SessionResource.signIn")) {
                    unguarded.add(name);
                }
            }
        });
        assertThat(actions).as("the console's form actions").hasSizeGreaterThanOrEqualTo(10);
        assertThat(unguarded).as("form actions without the csrf field").isEmpty();
    }
}
