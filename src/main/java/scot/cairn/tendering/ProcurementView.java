package scot.cairn.tendering;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A partnership's expected procurement page.
 *
 * @param procurement what is recorded; null before anything is
 * @param version the version read, for the next change; null before anything is recorded
 * @param tenderStart the planned start of the Tender stage in the plan; null when not planned
 * @param tenderEnd the planned end of the Tender stage; null when not planned
 * @param inStep whether publication and award fall within the planned Tender stage; null when either is unknown
 * @param stageAllows whether the partnership has reached Design, so a procurement may be recorded
 * @param expected whether the partnership has reached Pilot, so the procurement should be recorded by now
 * @param mayEdit whether the reader may record or change it now
 */
public record ProcurementView(
        ProcurementDetails procurement,
        Integer version,
        ZonedDateTime updatedAt,
        LocalDate tenderStart,
        LocalDate tenderEnd,
        Boolean inStep,
        boolean stageAllows,
        boolean expected,
        boolean mayEdit) {}
