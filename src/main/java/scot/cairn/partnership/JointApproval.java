package scot.cairn.partnership;

import java.util.Collection;
import java.util.Objects;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/**
 * The one rule for a sign-off that needs both sectors: at least one approval from a public-sector and one from a
 * third-sector board member. Approvals of service users and carers (no sector) are recorded and shown, and count
 * towards {@link #count()}, but stand for neither sector. Decisions, the PID, periods of measurements, SROI
 * analyses, reviews and gates all use it.
 *
 * @param count how many approvals were given
 */
public record JointApproval(boolean publicSector, boolean thirdSector, int count) {

    /** The rule applied to the sectors of everyone who approved so far; null stands for a service user or carer. */
    public static JointApproval of(Collection<Sector> sectors) {
        return new JointApproval(
                sectors.stream().anyMatch(s -> Objects.equals(s, Sector.PUBLIC)),
                sectors.stream().anyMatch(s -> Objects.equals(s, Sector.THIRD)),
                sectors.size());
    }

    public boolean met() {
        return publicSector && thirdSector;
    }

    /** What is still needed, as a message for the page; null once met. */
    public Message needed() {
        if (met()) {
            return null;
        }
        if (!publicSector && !thirdSector) {
            return Message.of("partnership.joint.needsBoth");
        }
        return Message.of(publicSector ? "partnership.joint.needsThird" : "partnership.joint.needsPublic");
    }
}
