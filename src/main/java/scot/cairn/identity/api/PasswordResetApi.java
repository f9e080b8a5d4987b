package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.PasswordResets;

/** "Forgot your password?" for scripts and apps: needs no token, as whoever asks cannot sign in. */
@RestController
@Tag(name = "Password reset", description = "Ask for a link to choose a new password (no token needed)")
class PasswordResetApi {

    /** The address to send a reset link to. */
    @Schema(name = "PasswordResetRequest")
    record ResetRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email")
            String email) {}

    private final PasswordResets resets;

    PasswordResetApi(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/api/v1/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Ask for a password reset link",
            description = "Always 202 with no body, whether or not the address has an account, so the answer tells"
                    + " nobody which addresses do. An address with an account gets an email with a link that works"
                    + " once, for 1 hour, in the language chosen on the account, else the request's"
                    + " (Accept-Language). At most 3 links per address in an hour; further requests are answered the"
                    + " same and send nothing. A blank email is a 400.")
    void request(@RequestBody ResetRequest request, Locale locale) {
        resets.request(request.email(), locale);
    }
}
