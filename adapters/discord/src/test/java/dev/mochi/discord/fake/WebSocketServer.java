package dev.mochi.discord.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A WebSocket server on 127.0.0.1 and a random port: accepts connections, performs the opening handshake and hands
 * each connection, with its request path and query, to a handler on a thread of its own.
 */
final class WebSocketServer implements AutoCloseable {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final ServerSocket server;
  private final BiConsumer<WebSocketPeer, String> handler;
  private final Thread acceptor;

  WebSocketServer(BiConsumer<WebSocketPeer, String> handler) throws IOException {
    this.server = new ServerSocket();
    this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.handler = handler;
    this.acceptor = Thread.ofPlatform().daemon().name("fake-gateway-accept").start(this::accept);
  }

  int port() { return server.getLocalPort(); }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread.ofVirtual().name("fake-gateway-connection").start(() -> serve(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      Map<String, String> headers = new LinkedHashMap<>();
      String target = readRequest(in, headers);
      String key = headers.get("sec-websocket-key");
      OutputStream out = socket.getOutputStream();
      if (target == null || key == null || !"websocket".equalsIgnoreCase(headers.get("upgrade"))) {
        out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.close();
        return;
      }
      out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      handler.accept(new WebSocketPeer(socket, in), target);
    } catch (IOException e) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  /** Reads the request line and headers (names lower-cased); returns the request target. */
  private static String readRequest(InputStream in, Map<String, String> headers) throws IOException {
    String requestLine = line(in);
    if (requestLine == null) return null;
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon > 0) headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
    }
    String[] parts = requestLine.split(" ");
    return parts.length >= 2 ? parts[1] : null;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        String s = bytes.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      if (bytes.size() > 8192) throw new IOException("header line too long");
      bytes.write(c);
    }
    return null;
  }

  private static String accept(String key) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  @Override public void close() throws IOException {
    server.close();
    acceptor.interrupt();
  }
}
