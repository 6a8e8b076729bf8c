package dev.mochi.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body (RFC 7578) into its parts. */
final class Multipart {
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  private Multipart() {}

  static List<RestCall.Upload> parse(String contentType, byte[] body) {
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("boundary=");
    if (at < 0) throw new IllegalArgumentException("multipart without a boundary: " + contentType);
    String boundary = contentType.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    List<RestCall.Upload> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length;
      if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') break;
      headersStart += 2; // CRLF after the delimiter
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
      if (headersEnd < 0) break;
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int next = indexOf(body, delimiter, headersEnd + 4);
      if (next < 0) break;
      int contentEnd = next - 2; // CRLF before the next delimiter
      byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
      Matcher name = NAME.matcher(headers);
      Matcher filename = FILENAME.matcher(headers);
      parts.add(new RestCall.Upload(name.find() ? name.group(1) : "", filename.find() ? filename.group(1) : null, content));
      start = next;
    }
    return parts;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
