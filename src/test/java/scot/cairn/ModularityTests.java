package scot.cairn;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        ApplicationModules.of(CairnApplication.class).verify();
    }
}
