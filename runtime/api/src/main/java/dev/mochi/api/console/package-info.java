/**
 * The web console, as a plugin sees it: {@link dev.mochi.api.console.Console#data data services} (named values
 * pushed to the connections allowed to see them), {@link dev.mochi.api.console.Console#addListener listeners} (named
 * requests with a required authority), {@link dev.mochi.api.console.Channel channels} and
 * {@link dev.mochi.api.console.Publisher publishers} that decide who receives an event, and
 * {@link dev.mochi.api.console.Console#addEntry entries} (ES modules of a plugin's own pages). The console is a
 * plugin itself; use it through {@code ctx.inject(Console.class, console -> ...)}, which does nothing while no console
 * is installed and disposes everything registered when the console or the plugin goes away.
 */
package dev.mochi.api.console;
