package dev.atrium.domain.role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An immutable set of permissions. */
public final class Permissions {
    private final Set<Permission> granted;

    private Permissions(Set<Permission> granted) {
        this.granted = Collections.unmodifiableSet(granted);
    }

    public static Permissions of(Permission first, Permission... rest) {
        return new Permissions(EnumSet.of(first, rest));
    }

    public static Permissions all() {
        return new Permissions(EnumSet.allOf(Permission.class));
    }

    public boolean contains(Permission permission) {
        return granted.contains(permission);
    }

    public Set<Permission> asSet() {
        return granted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Permissions that && granted.equals(that.granted);
    }

    @Override
    public int hashCode() {
        return granted.hashCode();
    }

    @Override
    public String toString() {
        return granted.toString();
    }
}
