package scot.cairn.consultation;

import java.time.LocalDate;
import java.util.Set;

/** What a consultation is for, who it is for, how and when people are consulted, and the support offered. */
public record ConsultationDetails(
        String title,
        String purpose,
        String audience,
        Set<Method> methods,
        LocalDate opens,
        LocalDate closes,
        String support,
        boolean anonymous) {}
