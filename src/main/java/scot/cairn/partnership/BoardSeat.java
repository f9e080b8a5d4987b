package scot.cairn.partnership;

import scot.cairn.directory.Sector;

/**
 * A seat on a partnership's Governance Group / Project Board: the person, the organisation they represent and its
 * sector. Organisation and sector are both null for a service user, family member or carer, who sits in their own right.
 */
public record BoardSeat(long personId, Long organisationId, Sector sector) {

    public boolean serviceUser() {
        return organisationId == null;
    }
}
