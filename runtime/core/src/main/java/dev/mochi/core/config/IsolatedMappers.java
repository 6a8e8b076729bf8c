package dev.mochi.core.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.databind.util.LookupCache;

/**
 * Jackson caches what it learns about a class for as long as the mapper lives, and {@link ObjectMapper#copy()}
 * still shares the global {@link TypeFactory} cache. A plugin's classes handed to a long-lived mapper would keep
 * its class loader alive after unload; a mapper made here caches nothing outside itself, so it can be dropped
 * with the plugin.
 */
public final class IsolatedMappers {
  private IsolatedMappers() {}

  /** A copy of {@code base} with its own type cache. */
  @SuppressWarnings("unchecked")
  public static ObjectMapper copyOf(ObjectMapper base) {
    ObjectMapper copy = base.copy();
    copy.setTypeFactory(TypeFactory.defaultInstance()
        .withCache((LookupCache<Object, JavaType>) new LRUMap<Object, JavaType>(16, 64)));
    return copy;
  }
}
