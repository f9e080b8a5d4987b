package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;

class JointApprovalTests {

    private static JointApproval of(Sector... sectors) {
        return JointApproval.of(Arrays.asList(sectors));
    }

    @Test
    void needsAPublicAndAThirdSectorApproval() {
        assertThat(of().met()).isFalse();
        assertThat(of().stillNeeded())
                .isEqualTo("Needs approval from a public-sector and a third-sector board member.");
        assertThat(of(Sector.PUBLIC).stillNeeded()).isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(of(Sector.THIRD).stillNeeded()).isEqualTo("Still needs approval from a public-sector board member.");
        assertThat(of(Sector.PUBLIC, Sector.THIRD).met()).isTrue();
        assertThat(of(Sector.THIRD, Sector.PUBLIC).stillNeeded()).isNull();
    }

    @Test
    void twoApprovalsFromOneSectorAreNotJoint() {
        assertThat(of(Sector.PUBLIC, Sector.PUBLIC).met()).isFalse();
        assertThat(of(Sector.THIRD, Sector.THIRD, Sector.THIRD).met()).isFalse();
    }

    @Test
    void serviceUsersAndOtherSectorsAreCountedButStandForNeither() {
        var withCarer = of(null, Sector.PUBLIC, Sector.PRIVATE);
        assertThat(withCarer.count()).isEqualTo(3);
        assertThat(withCarer.met()).isFalse();
        assertThat(withCarer.stillNeeded()).isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(JointApproval.of(List.of()).count()).isZero();
    }
}
