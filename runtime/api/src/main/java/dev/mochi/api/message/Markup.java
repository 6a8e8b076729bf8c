package dev.mochi.api.message;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the text form of messages. Malformed markup is kept as text, never rejected. */
final class Markup {
  private Markup() {}

  private static final Pattern TAG = Pattern.compile(
      "<(/?)([A-Za-z][\\w:.-]*)((?:\\s+[A-Za-z_][\\w:.-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>/]+))?)*)\\s*(/?)>");
  private static final Pattern ATTR = Pattern.compile(
      "([A-Za-z_][\\w:.-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>/]+)))?");

  static List<Element> parse(String source) {
    Deque<Element.Draft> stack = new ArrayDeque<>();
    Element.Draft root = new Element.Draft("root");
    stack.push(root);
    StringBuilder text = new StringBuilder();
    Matcher m = TAG.matcher(source);
    int i = 0;
    while (i < source.length()) {
      int lt = source.indexOf('<', i);
      if (lt < 0) {
        text.append(source, i, source.length());
        break;
      }
      text.append(source, i, lt);
      m.region(lt, source.length());
      if (!m.lookingAt()) {
        text.append('<');
        i = lt + 1;
        continue;
      }
      String name = m.group(2);
      boolean closing = !m.group(1).isEmpty();
      if (closing) {
        if (!hasOpen(stack, name)) {
          text.append(m.group());
          i = m.end();
          continue;
        }
        flushText(text, stack.peek());
        while (true) {
          Element.Draft open = stack.pop();
          stack.peek().children.add(open.build());
          if (open.type.equals(name)) break;
        }
      } else {
        flushText(text, stack.peek());
        Element.Draft draft = new Element.Draft(name);
        Matcher a = ATTR.matcher(m.group(3));
        while (a.find()) {
          String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
          if (value == null) {
            draft.attrs.put(a.group(1), "");
            draft.bare.add(a.group(1));
          } else {
            draft.attrs.put(a.group(1), unescape(value));
          }
        }
        if (m.group(4).isEmpty()) stack.push(draft);
        else stack.peek().children.add(draft.build());
      }
      i = m.end();
    }
    flushText(text, stack.peek());
    while (stack.size() > 1) {
      Element.Draft open = stack.pop();
      stack.peek().children.add(open.build());
    }
    return new ArrayList<>(root.children);
  }

  private static boolean hasOpen(Deque<Element.Draft> stack, String name) {
    for (Element.Draft d : stack) {
      if (d.type.equals(name) && d != stack.peekLast()) return true;
    }
    return false;
  }

  private static void flushText(StringBuilder text, Element.Draft into) {
    if (text.isEmpty()) return;
    into.children.add(Element.text(unescape(text.toString())));
    text.setLength(0);
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '&') {
        int semi = s.indexOf(';', i);
        if (semi > i && semi - i <= 10) {
          String entity = s.substring(i + 1, semi);
          String decoded = decode(entity);
          if (decoded != null) {
            out.append(decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String decode(String entity) {
    switch (entity) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        try {
          if (entity.startsWith("#x") || entity.startsWith("#X")) {
            return Character.toString(Integer.parseInt(entity.substring(2), 16));
          }
          if (entity.startsWith("#")) return Character.toString(Integer.parseInt(entity.substring(1)));
        } catch (IllegalArgumentException e) {
          return null;
        }
        return null;
    }
  }

  static void escape(String s, boolean attribute, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }
}
