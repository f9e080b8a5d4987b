package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.CurrentUser;

/** Who the token belongs to, and their tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "You", description = "The person whose token signs the request, and their API tokens")
class MeApi {

    private final PersonService people;
    private final ApiTokenService tokens;

    MeApi(PersonService people, ApiTokenService tokens) {
        this.people = people;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The person this token belongs to")
    MeResource me(CurrentUser user) {
        return MeResource.of(user, people.get(user.personId()));
    }

    @GetMapping("/tokens")
    @Operation(
            summary = "Your API tokens, newest first",
            description = "Tokens are created on the 'Your account' page only, where the secret is shown once;"
                    + " the API never shows a secret.")
    List<TokenResource> tokens(CurrentUser user) {
        return tokens.list(user).stream().map(TokenResource::of).toList();
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Revoke one of your tokens",
            description = "A revoked token never works again. Someone else's token, or one already revoked, is 404.")
    void revoke(@PathVariable long id, CurrentUser user) {
        tokens.revoke(user, id);
    }
}
