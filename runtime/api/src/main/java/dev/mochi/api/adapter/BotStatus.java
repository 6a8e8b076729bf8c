package dev.mochi.api.adapter;

/** A bot's connection state. */
public enum BotStatus { OFFLINE, CONNECTING, ONLINE, RECONNECTING, DISCONNECTING }
