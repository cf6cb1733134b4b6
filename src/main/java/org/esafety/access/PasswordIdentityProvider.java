package org.esafety.access;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * HTTP Basic and the login form: a user's name and password against its salted slow hash, throttled per account
 * and per client address ({@link SignInThrottle}). Each failure is logged with the account and the address (never
 * the password) and counted in {@code esafety.signin.failures} (tag {@code reason}: {@code wrong-credentials} or
 * {@code throttled}).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final CredentialStore store;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final MeterRegistry metrics;

    public PasswordIdentityProvider(CredentialStore store, Sessions sessions, SignInThrottle throttle,
                                    MeterRegistry metrics) {
        this.store = store;
        this.sessions = sessions;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String account = UserAccount.principalId(printable(request.getUsername()));
        String address = address(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> {
            Duration wait = throttle.waitFor(account, address);
            if (!wait.isZero()) {
                metrics.counter("esafety.signin.failures", "reason", "throttled").increment();
                Log.warnf("Sign-in refused for %s from %s: too many failures, %d s to wait",
                        account, address, Math.max(1, wait.toSeconds()));
                throw new AuthenticationFailedException("too many failed sign-ins");
            }
            return store.passwordUser(request.getUsername(), request.getPassword().getPassword())
                    .map(user -> {
                        throttle.succeeded(account);
                        return sessions.open(user);
                    })
                    .orElseThrow(() -> {
                        int inARow = throttle.failed(account, address);
                        metrics.counter("esafety.signin.failures", "reason", "wrong-credentials").increment();
                        Log.warnf("Sign-in failed for %s from %s (%d in a row)", account, address, inARow);
                        return new AuthenticationFailedException("wrong user name or password");
                    });
        });
    }

    private static String address(RoutingContext context) {
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    /** The user name as typed, safe for one log line: at most 64 characters, none that could forge a line. */
    private static String printable(String username) {
        String name = username == null ? "" : username;
        name = name.length() > 64 ? name.substring(0, 64) : name;
        return name.replaceAll("[^A-Za-z0-9._@-]", "?");
    }
}
