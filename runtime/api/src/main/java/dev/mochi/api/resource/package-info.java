/**
 * Resources: every table of the model, and whatever plugins {@link dev.mochi.api.resource.Resources#define
 * define}, as named actions ({@code post:list}, {@code post:update}, {@code post.tags:add}) that the console binds
 * to HTTP routes and socket actions, checked by {@link dev.mochi.api.resource.Grant grants} and announced by
 * {@link dev.mochi.api.resource.ResourceEvent events}. A plugin reaches them through {@code ctx.resources()}.
 */
package dev.mochi.api.resource;
