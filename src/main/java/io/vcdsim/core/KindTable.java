package io.vcdsim.core;

/**
 * Where a {@link Kind}'s objects are stored, as the entity resolver, task owners and typed queries read them.
 *
 * @param table      the table holding the kind's objects
 * @param orgColumn  the column of the table naming the object's organization, or null (the provider's objects)
 * @param where      a condition telling this kind's rows from another's in a shared table (VMs), or null
 * @param nameColumn the column of the table naming an object as the entity resolver does
 */
public record KindTable(String table, String orgColumn, String where, String nameColumn) {
}
