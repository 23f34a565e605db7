/**
 * Who may do what in a room. A role's permissions depend on the room's mode, and are decided in one
 * table ({@link dev.atrium.domain.role.RolePermissions}) instead of checks scattered over the code.
 */
package dev.atrium.domain.role;
