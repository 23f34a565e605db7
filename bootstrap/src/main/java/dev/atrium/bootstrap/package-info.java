/**
 * The runnable service: the only place that knows every module. Factories construct the use cases
 * of room-application with the port implementations the adapters provide; start-up code makes sure
 * the service can be used at once and says where it lives.
 */
package dev.atrium.bootstrap;
