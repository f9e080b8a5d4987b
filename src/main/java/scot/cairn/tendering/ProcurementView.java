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
 * @param stageAllows whether the partnership has reached Pilot, so a procurement may be recorded
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
        boolean mayEdit) {}
