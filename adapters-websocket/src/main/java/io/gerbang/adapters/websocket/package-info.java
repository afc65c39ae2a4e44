/**
 * Inbound WebSocket adapter: task-room chat endpoints and their frames (Jakarta WebSocket on Tyrus).
 * Calls inbound ports only; the endpoints arrive with the task-room capability.
 */
package io.gerbang.adapters.websocket;
