package scot.cairn.engagement;

import java.time.Instant;
import java.time.LocalDate;

/** An enquiry as the team reads it, with what the reader may do with it now. */
public record EnquiryView(
        long id,
        int version,
        String reference,
        String askedBy,
        String email,
        String organisationName,
        Long organisationId,
        String organisation,
        String question,
        EnquiryChannel channel,
        Instant receivedAt,
        LocalDate dueOn,
        boolean overdue,
        String recordedBy,
        Long assigneeId,
        String assignee,
        String answer,
        String answeredBy,
        Instant answeredAt,
        String publicQuestion,
        Instant publishedAt,
        boolean mayAssign,
        boolean mayAnswer,
        boolean mayPublish) {}
