package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;

class JointApprovalTests {

    private static JointApproval of(Sector... sectors) {
        return JointApproval.of(Arrays.asList(sectors));
    }

    @Test
    void needsAPublicAndAThirdSectorApproval() {
        assertThat(of().met()).isFalse();
        assertThat(English.of(of().needed()))
                .isEqualTo("Needs approval from a public-sector and a third-sector board member.");
        assertThat(English.of(of(Sector.PUBLIC).needed()))
                .isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(English.of(of(Sector.THIRD).needed()))
                .isEqualTo("Still needs approval from a public-sector board member.");
        assertThat(of(Sector.PUBLIC, Sector.THIRD).met()).isTrue();
        assertThat(of(Sector.THIRD, Sector.PUBLIC).needed()).isNull();
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
        assertThat(English.of(withCarer.needed())).isEqualTo("Still needs approval from a third-sector board member.");
        assertThat(JointApproval.of(List.of()).count()).isZero();
    }
}
