/**
 * The chat messages of live rooms ({@code chat_messages}).
 */
package dev.atrium.adapter.persistence.chat;
