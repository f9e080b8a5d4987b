package scot.cairn.identity;

/**
 * A token just created: {@code secret} is shown to its owner this once. Serializable, as the page carries it across a
 * redirect in the session.
 */
public record NewApiToken(long id, String name, String secret) implements java.io.Serializable {}
