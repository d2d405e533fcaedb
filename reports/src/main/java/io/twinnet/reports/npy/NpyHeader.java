package io.twinnet.reports.npy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a {@code .npy} file, after NumPy's format description ({@code numpy.lib.format},
 * "Format Version 1.0"): the magic string {@code \x93NUMPY}, a major and a minor version byte, the
 * header length HEADER_LEN as a little-endian unsigned short (version 1.0; an unsigned int in 2.0
 * and 3.0), then HEADER_LEN bytes of ASCII (3.0: UTF-8): a Python dict literal with the keys
 * {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'}, padded with spaces and ended by
 * {@code \n} so that 6 + 2 + 2 + HEADER_LEN is a multiple of 64.
 *
 * <p>The writer follows {@code numpy.save} to the byte: keys sorted, {@code repr} spacing, then
 * the spare spaces NumPy adds after the dict so the first dimension can later grow to 21 digits
 * in place ({@code GROWTH_AXIS_MAX_DIGITS}), then the padding ({@code 64 - (10 + len + 1) % 64}
 * spaces, so never zero). A file written here is byte-identical to {@code numpy.save} of the same
 * C-ordered array.
 *
 * @param descr        NumPy's type descriptor, such as {@code <f8}
 * @param fortranOrder whether the data is in column-major order
 * @param shape        the dimensions
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    static final int ALIGNMENT = 64;
    static final int GROWTH_AXIS_MAX_DIGITS = 21;

    /** Magic, version 1.0, HEADER_LEN and the padded dict, for a C-ordered array. */
    static byte[] encode(NpyDtype dtype, int[] shape) {
        StringBuilder dict = new StringBuilder();
        dict.append("{'descr': '").append(dtype.descr()).append("', 'fortran_order': False, 'shape': ")
                .append(NpyArray.shapeText(shape)).append(", }");
        if (shape.length > 0) {
            dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length()));
        }
        int withNewline = dict.length() + 1;
        int padding = ALIGNMENT - (MAGIC.length + 2 + 2 + withNewline) % ALIGNMENT;
        dict.append(" ".repeat(padding)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length > 0xFFFF) {
            throw new IllegalArgumentException("a shape of rank " + shape.length + " does not fit a version 1.0 header");
        }
        byte[] out = new byte[MAGIC.length + 4 + text.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (text.length & 0xFF);
        out[9] = (byte) (text.length >>> 8);
        System.arraycopy(text, 0, out, 10, text.length);
        return out;
    }

    /**
     * Parses the dict literal of a header. Accepts what Python's {@code repr} and hand-written
     * headers use: single or double quotes, keys in any order, spaces anywhere, trailing commas,
     * {@code True}/{@code False}, tuples of non-negative ints (an old {@code L} suffix included).
     */
    static NpyHeader parse(String text, String source) throws NpyFormatException {
        Parser parser = new Parser(text, source);
        Map<String, Object> dict = parser.dict();
        parser.end();
        if (!dict.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
            throw new NpyFormatException(source, "the header must have exactly the keys 'descr', 'fortran_order' and"
                    + " 'shape', but has " + dict.keySet());
        }
        if (!(dict.get("descr") instanceof String descr)) {
            throw new NpyFormatException(source, "'descr' is " + dict.get("descr") + ", not a type string such as"
                    + " '<f8'; structured (record) arrays are not supported");
        }
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new NpyFormatException(source, "'fortran_order' must be True or False");
        }
        if (!(dict.get("shape") instanceof long[] shape)) {
            throw new NpyFormatException(source, "'shape' must be a tuple of integers such as (3,) or (2, 3)");
        }
        return new NpyHeader(descr, fortran, shape);
    }

    /** A recursive-descent reader for the few Python literals a header holds. */
    private static final class Parser {
        private final String text;
        private final String source;
        private int at;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Map<String, Object> dict() throws NpyFormatException {
            expect('{');
            Map<String, Object> dict = new HashMap<>();
            while (true) {
                skipSpaces();
                if (peek() == '}') {
                    at++;
                    return dict;
                }
                String key = string();
                skipSpaces();
                expect(':');
                Object value = value();
                if (dict.put(key, value) != null) {
                    throw fail("the key '" + key + "' appears twice");
                }
                skipSpaces();
                if (peek() == ',') {
                    at++;
                } else if (peek() != '}') {
                    throw fail("expected ',' or '}'");
                }
            }
        }

        void end() throws NpyFormatException {
            skipSpaces();
            if (at != text.length()) {
                throw fail("unexpected text after the header dict");
            }
        }

        private Object value() throws NpyFormatException {
            skipSpaces();
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '(') {
                return tuple();
            }
            if (text.startsWith("True", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (c == '[') {
                throw new NpyFormatException(source, "the header holds a list at character " + at + ": structured"
                        + " (record) arrays are not supported; save a plain numeric array");
            }
            throw fail("expected a string, a tuple, True or False");
        }

        private long[] tuple() throws NpyFormatException {
            expect('(');
            List<Long> values = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (peek() == ')') {
                    at++;
                    break;
                }
                values.add(integer());
                skipSpaces();
                if (peek() == ',') {
                    at++;
                } else if (peek() != ')') {
                    throw fail("expected ',' or ')' in the shape tuple");
                }
            }
            return values.stream().mapToLong(Long::longValue).toArray();
        }

        private long integer() throws NpyFormatException {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw fail("expected a non-negative integer");
            }
            String digits = text.substring(start, at);
            if (at < text.length() && text.charAt(at) == 'L') {
                at++;
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw fail("the dimension " + digits + " is too large");
            }
        }

        private String string() throws NpyFormatException {
            skipSpaces();
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw fail("expected a quoted string");
            }
            int end = text.indexOf(quote, at + 1);
            if (end < 0) {
                throw fail("a string is not closed");
            }
            String value = text.substring(at + 1, end);
            at = end + 1;
            return value;
        }

        private void expect(char c) throws NpyFormatException {
            skipSpaces();
            if (peek() != c) {
                throw fail("expected '" + c + "'");
            }
            at++;
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private NpyFormatException fail(String problem) {
            String shown = text.strip();
            return new NpyFormatException(source, "malformed header at character " + at + ": " + problem
                    + " (header: " + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown) + ")");
        }
    }
}
