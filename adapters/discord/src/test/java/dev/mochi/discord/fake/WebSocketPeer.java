package dev.mochi.discord.fake;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One WebSocket connection on the server side (RFC 6455): reads the client's masked frames, joins fragments,
 * answers pings, and writes unmasked text and close frames. {@link #close} ends the connection the polite way (a
 * close frame with a code); {@link #drop} cuts the TCP connection without one, as a network failure would.
 */
final class WebSocketPeer {
  private static final int TEXT = 1;
  private static final int CONTINUATION = 0;
  private static final int CLOSE = 8;
  private static final int PING = 9;
  private static final int PONG = 10;
  private static final int MAX_MESSAGE = 16 * 1024 * 1024;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private volatile boolean open = true;
  private volatile int clientCloseCode = -1;

  WebSocketPeer(Socket socket, DataInputStream in) throws IOException {
    this.socket = socket;
    this.in = in;
    this.out = socket.getOutputStream();
  }

  /** Reads messages until the connection ends, handing each text message to {@code onText}. */
  void read(Consumer<String> onText) {
    byte[] buffer = new byte[0];
    int length = 0;
    try {
      while (open) {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0f;
        long size = b1 & 0x7f;
        if (size == 126) size = in.readUnsignedShort();
        else if (size == 127) size = in.readLong();
        if (size > MAX_MESSAGE || length + size > MAX_MESSAGE) throw new IOException("frame too large: " + size);
        byte[] mask = new byte[4];
        boolean masked = (b1 & 0x80) != 0;
        if (masked) in.readFully(mask);
        byte[] payload = new byte[(int) size];
        in.readFully(payload);
        if (masked) for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
        switch (opcode) {
          case PING -> frame(PONG, payload);
          case PONG -> { }
          case CLOSE -> {
            clientCloseCode = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
            if (open) {
              open = false;
              frame(CLOSE, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
            }
            socket.close();
            return;
          }
          case TEXT, CONTINUATION, 2 -> {
            if (length + payload.length > buffer.length) {
              byte[] grown = new byte[Math.max(buffer.length * 2, length + payload.length)];
              System.arraycopy(buffer, 0, grown, 0, length);
              buffer = grown;
            }
            System.arraycopy(payload, 0, buffer, length, payload.length);
            length += payload.length;
            if (fin) {
              onText.accept(new String(buffer, 0, length, StandardCharsets.UTF_8));
              length = 0;
            }
          }
          default -> throw new IOException("unknown opcode " + opcode);
        }
      }
    } catch (EOFException e) {
      // the client went away
    } catch (IOException e) {
      // reset, or closed by drop(): the connection is over either way
    } finally {
      open = false;
      closeQuietly();
    }
  }

  /** Sends one text message; false when the connection is already gone. */
  boolean send(String text) {
    if (!open) return false;
    try {
      frame(TEXT, text.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      open = false;
      closeQuietly();
      return false;
    }
  }

  /** Sends a close frame with {@code code} and {@code reason}, then ends the connection. */
  void close(int code, String reason) {
    if (!open) return;
    open = false;
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    byte[] payload = new byte[2 + text.length];
    payload[0] = (byte) (code >> 8);
    payload[1] = (byte) code;
    System.arraycopy(text, 0, payload, 2, text.length);
    try {
      frame(CLOSE, payload);
    } catch (IOException e) {
      // gone already
    }
    closeQuietly();
  }

  /** Cuts the TCP connection with no close frame. */
  void drop() {
    open = false;
    try {
      socket.setSoLinger(true, 0); // a reset, as when a router forgets the connection
    } catch (IOException e) {
      // closing below is what matters
    }
    closeQuietly();
  }

  boolean isOpen() { return open; }

  /** The close code the client sent, or -1 when it sent none. */
  int clientCloseCode() { return clientCloseCode; }

  private synchronized void frame(int opcode, byte[] payload) throws IOException {
    int n = payload.length;
    byte[] header;
    if (n < 126) {
      header = new byte[] {(byte) (0x80 | opcode), (byte) n};
    } else if (n <= 0xffff) {
      header = new byte[] {(byte) (0x80 | opcode), 126, (byte) (n >> 8), (byte) n};
    } else {
      header = new byte[10];
      header[0] = (byte) (0x80 | opcode);
      header[1] = 127;
      for (int i = 0; i < 8; i++) header[9 - i] = (byte) ((long) n >> (8 * i));
    }
    out.write(header);
    out.write(payload);
    out.flush();
  }

  private void closeQuietly() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing left to do
    }
  }
}
