package scot.cairn.identity;

/** A token just created: {@code secret} is shown to its owner this once. */
public record NewApiToken(long id, String name, String secret) {}
