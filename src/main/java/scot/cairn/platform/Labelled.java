package scot.cairn.platform;

/**
 * A value shown to people by name, such as a stage or a sector: its name lives in the message bundles under
 * {@link #labelKey()}, and templates show it with {@code #{${value.labelKey}}}. JSON keeps the enum's own name.
 */
public interface Labelled {

    /** The bundle key of this value's name, such as {@code partnership.stage.DESIGN}. */
    String labelKey();
}
