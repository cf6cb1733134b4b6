package org.esafety.common;

/**
 * Who did something, from the credentials: the principal ({@code user:…}, {@code key:…}, {@code oidc:…}) and the
 * name it had then. {@code onBehalfOf} is the free-text name a caller gave for whom it acted (a school system
 * reporting for a member of staff); it is shown as such, never as the actor.
 */
public record Attribution(String principal, String name, String onBehalfOf) {

    /** The principal's name, or its id when it has none. */
    public static Attribution of(String principal, String name, String onBehalfOf) {
        return principal == null ? null : new Attribution(principal, name == null ? principal : name,
                onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf);
    }
}
