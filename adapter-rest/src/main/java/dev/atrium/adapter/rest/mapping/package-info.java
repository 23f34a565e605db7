/**
 * What every MapStruct mapper of the adapter shares: one configuration (beans with constructor
 * injection, a build failure for any target field nobody maps) and the conversions of domain
 * values to the strings the API shows.
 */
package dev.atrium.adapter.rest.mapping;
