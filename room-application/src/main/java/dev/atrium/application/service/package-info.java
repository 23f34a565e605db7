/**
 * Use case implementations: load an aggregate, call one of its methods, store it. No annotations:
 * the bootstrap module constructs them with the port implementations.
 */
package dev.atrium.application.service;
