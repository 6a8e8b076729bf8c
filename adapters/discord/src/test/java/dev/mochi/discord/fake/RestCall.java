package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One REST request the bot made: method, path below {@code /api/v10/}, query, JSON body (the {@code payload_json}
 * part of a multipart upload), uploaded files, the status the fake answered, and when it arrived
 * ({@link System#nanoTime()}, for latency measurements).
 */
public record RestCall(String method, String path, String query, JsonNode body, List<Upload> files, int status,
                       long arrivedNanos) {

  /** An uploaded file: its form field, file name and bytes. */
  public record Upload(String field, String filename, byte[] content) {}
}
