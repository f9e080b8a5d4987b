package scot.cairn.meeting;

/** A guest invited by name: an email address and the capacity they come in (a union representative) are optional. */
public record GuestDetails(String name, String email, String capacity) {}
