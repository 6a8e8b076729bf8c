package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** One payload the bot sent over the gateway, with the connection it came on (counted from 1 per server). */
public record GatewayEvent(int connection, int op, JsonNode d) {}
