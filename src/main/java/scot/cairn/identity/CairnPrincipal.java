package scot.cairn.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What Spring Security keeps in the session for a signed-in person. {@code accountVersion} is the account's version
 * when {@code user} was read, so each request can tell with one look at the account whether to read it again;
 * {@code signedInAt} is when the person signed in, so a password changed since then ends the session. The password
 * hash is only there while sign-in checks it, and never kept in the session.
 */
record CairnPrincipal(CurrentUser user, String passwordHash, int accountVersion, Instant signedInAt)
        implements UserDetails {

    static final String ADMIN = "ROLE_ADMIN";
    static final String USER = "ROLE_USER";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.administrator()
                ? List.of(new SimpleGrantedAuthority(USER), new SimpleGrantedAuthority(ADMIN))
                : List.of(new SimpleGrantedAuthority(USER));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    CairnPrincipal withoutPassword() {
        return new CairnPrincipal(user, null, accountVersion, signedInAt);
    }
}
