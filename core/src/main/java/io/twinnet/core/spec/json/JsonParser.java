package io.twinnet.core.spec.json;

import io.twinnet.core.spec.SpecException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) parser. Objects become {@link LinkedHashMap}s (duplicate keys refused),
 * arrays {@link List}s, strings {@link String}s, numbers {@link JsonNumber}s, true/false {@link Boolean}s
 * and null {@code null}. Syntax errors are {@link SpecException}s naming the path being read (e.g.
 * {@code layers[1].activation}) and the line and column.
 */
final class JsonParser {
    private final String text;
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        if (text == null) throw new SpecException("json", "is missing");
        JsonParser p = new JsonParser(text);
        p.skipSpace();
        Object value = p.value("$");
        p.skipSpace();
        if (p.pos < text.length()) throw p.error("$", "unexpected text after the end of the document");
        return value;
    }

    private Object value(String path) {
        if (pos >= text.length()) throw error(path, "unexpected end of input, expected a value");
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path);
            case '[':
                return array(path);
            case '"':
                return string(path);
            case 't':
                literal(path, "true");
                return Boolean.TRUE;
            case 'f':
                literal(path, "false");
                return Boolean.FALSE;
            case 'n':
                literal(path, "null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number(path);
                throw error(path, "unexpected character '" + c + "', expected a value");
        }
    }

    private Map<String, Object> object(String path) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++; // {
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw error(path, "expected a field name in double quotes");
            String key = string(path);
            String child = child(path, key);
            if (map.containsKey(key)) throw error(child, "duplicate field");
            skipSpace();
            if (peek() != ':') throw error(child, "expected ':' after the field name");
            pos++;
            skipSpace();
            map.put(key, value(child));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                return map;
            } else {
                throw error(path, "expected ',' or '}' after field '" + key + "'");
            }
        }
    }

    private List<Object> array(String path) {
        List<Object> list = new ArrayList<>();
        pos++; // [
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(path + "[" + list.size() + "]"));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return list;
            } else {
                throw error(path, "expected ',' or ']' after element " + (list.size() - 1));
            }
        }
    }

    private String string(String path) {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error(path, "unterminated string");
            char c = text.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c < 0x20) throw error(path, "control character in a string (escape it)");
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) throw error(path, "unterminated escape");
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw error(path, "incomplete \\u escape");
                    String hex = text.substring(pos, pos + 4);
                    if (!hex.matches("[0-9a-fA-F]{4}")) throw error(path, "bad \\u escape '\\u" + hex + "'");
                    sb.append((char) Integer.parseInt(hex, 16));
                    pos += 4;
                }
                default -> throw error(path, "unknown escape '\\" + e + "'");
            }
        }
    }

    private JsonNumber number(String path) {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) pos++;
        } else {
            throw error(path, "malformed number");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) throw error(path, "malformed number: digits expected after '.'");
            while (isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!isDigit(peek())) throw error(path, "malformed number: digits expected in the exponent");
            while (isDigit(peek())) pos++;
        }
        return new JsonNumber(text.substring(start, pos));
    }

    private void literal(String path, String word) {
        if (!text.startsWith(word, pos)) throw error(path, "unexpected text, expected a value");
        pos += word.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
    }

    static String child(String path, String key) {
        return path.equals("$") ? key : path + "." + key;
    }

    private SpecException error(String path, String problem) {
        int line = 1, col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SpecException(path.equals("$") ? "json" : path, problem + " (line " + line + ", column " + col + ")");
    }
}
