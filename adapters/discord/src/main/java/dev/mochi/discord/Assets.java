package dev.mochi.discord;

import dev.mochi.api.MochiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * The bytes behind a file element's {@code src}, for uploading: a {@code data:} URI is decoded, an {@code http(s)}
 * URL is downloaded (at most {@link #MAX_BYTES}, Discord's upload limit for bots, within 30 seconds). Any other
 * scheme is refused: a message must never make the bot read a file of the machine it runs on.
 */
final class Assets implements AutoCloseable {
  static final int MAX_BYTES = 25 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  /** A file to upload: its name and content. */
  record Asset(String name, byte[] content) {}

  Asset fetch(String src, String name) {
    String lower = src.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) return new Asset(name.isEmpty() ? "file" + extension(src) : name, decode(src));
    if (lower.startsWith("http://") || lower.startsWith("https://")) return download(src, name);
    throw new MochiException("Discord: cannot send the file '" + src + "': only data: and http(s) URLs can be sent");
  }

  private static byte[] decode(String src) {
    int comma = src.indexOf(',');
    if (comma < 0) throw new MochiException("Discord: the data: URI of a file has no ',' before its content");
    String header = src.substring(5, comma);
    String body = src.substring(comma + 1);
    if ((long) body.length() * 3 / 4 > MAX_BYTES) throw tooLarge("a data: URI");
    try {
      return header.endsWith(";base64") ? Base64.getDecoder().decode(body)
          : java.net.URLDecoder.decode(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MochiException("Discord: the data: URI of a file is not valid base64: " + e.getMessage(), e);
    }
  }

  private Asset download(String src, String name) {
    URI uri;
    try {
      uri = URI.create(src);
    } catch (IllegalArgumentException e) {
      throw new MochiException("Discord: cannot send the file '" + src + "': not a URL (" + e.getMessage() + ")", e);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new MochiException("Discord: cannot send the file " + src + ": downloading it answered HTTP "
              + response.statusCode());
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw tooLarge(src);
        return new Asset(name.isEmpty() ? lastSegment(uri) : name, bytes);
      }
    } catch (IOException e) {
      throw new MochiException("Discord: cannot download the file " + src + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MochiException("Discord: interrupted while downloading " + src, e);
    }
  }

  private static MochiException tooLarge(String what) {
    return new MochiException("Discord: " + what + " is larger than " + (MAX_BYTES >> 20) + " MiB, more than Discord takes");
  }

  private static String lastSegment(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() ? "file" : last;
  }

  private static String extension(String dataUri) {
    int slash = dataUri.indexOf('/');
    int end = dataUri.indexOf(';');
    if (end < 0) end = dataUri.indexOf(',');
    if (slash < 0 || end < slash) return "";
    String subtype = dataUri.substring(slash + 1, end).replaceAll("[^A-Za-z0-9]", "");
    return subtype.isEmpty() || subtype.length() > 8 ? "" : "." + subtype;
  }

  @Override public void close() { http.close(); }
}
