package scot.cairn.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of an API action on a record (approve, sign, withdraw): the version of the record the caller read, so that
 * nobody approves or signs something that changed since they read it. A missing version is refused with 428.
 */
@Schema(name = "VersionSeen")
public record VersionSeen(
        @Schema(description = "The version you last read", example = "3")
        Integer version) {

    /** The version sent, or null when there was no body or no version in it. */
    public static Integer of(VersionSeen body) {
        return body == null ? null : body.version();
    }
}
