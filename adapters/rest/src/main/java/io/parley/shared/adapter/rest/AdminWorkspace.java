package io.parley.shared.adapter.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link io.parley.shared.WorkspaceId} handler parameter as the workspace of the administrator who sent the
 * request. Resolving it demands an agent bearer token of an admin: 401 {@code auth.required} or
 * {@code auth.invalid-token} without a valid one, 403 {@code auth.forbidden} for any other role. It lets the
 * workspace and channel endpoints demand an admin without depending on the agent module.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminWorkspace {}
