package io.twinnet.reports.npy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0) into {@link NpyArray}s.
 *
 * <p>Accepted element types, either byte order: {@code f8} and {@code f4} (read as float64,
 * exactly), {@code i4}, and {@code i8} (read as int32 when every value fits, NumPy's default
 * integer type being int64). Fortran-ordered files ({@code 'fortran_order': True}, as
 * {@code numpy.save} writes a transposed array) are reordered to C order. Every defect — wrong
 * magic, unknown version, malformed header, unsupported type, missing or extra data — gives an
 * {@link NpyFormatException} that names the file and says what is wrong.
 */
public final class NpyReader {

    private static final int CHUNK_BYTES = 1 << 20;

    private NpyReader() {
    }

    public static NpyArray read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such .npy file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString());
        }
    }

    public static NpyArray fromBytes(byte[] bytes, String source) throws NpyFormatException {
        try {
            return read(new ByteArrayInputStream(bytes), source);
        } catch (NpyFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new NpyFormatException(source, e.toString());
        }
    }

    /**
     * Reads one array from the stream, which must hold exactly one {@code .npy} file and nothing
     * after it; {@code source} names it in error messages.
     */
    public static NpyArray read(InputStream in, String source) throws IOException {
        byte[] magic = in.readNBytes(8);
        int compared = Math.min(magic.length, 6);
        boolean magicMatches = Arrays.equals(magic, 0, compared, NpyHeader.MAGIC, 0, compared);
        if (magicMatches && magic.length < 8) {
            throw new NpyFormatException(source, "truncated: the file ends after " + magic.length + " bytes, inside"
                    + " the magic string and version");
        }
        if (!magicMatches) {
            String hint = magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K'
                    ? " (it looks like a zip archive, perhaps an .npz: extract its .npy files first)" : "";
            throw new NpyFormatException(source, "not a NumPy .npy file: it does not start with the magic string"
                    + " \\x93NUMPY" + hint);
        }
        int major = magic[6] & 0xFF;
        int minor = magic[7] & 0xFF;
        long headerLength;
        if (major == 1 && minor == 0) {
            byte[] len = readExactly(in, 2, source, "the header length");
            headerLength = (len[0] & 0xFF) | (len[1] & 0xFF) << 8;
        } else if ((major == 2 || major == 3) && minor == 0) {
            byte[] len = readExactly(in, 4, source, "the header length");
            headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        } else {
            throw new NpyFormatException(source, "format version " + major + "." + minor
                    + " is not supported (this reader knows 1.0, 2.0 and 3.0)");
        }
        if (headerLength > 1 << 24) {
            throw new NpyFormatException(source, "the header claims " + headerLength + " bytes, far more than any"
                    + " real header; the file is corrupt");
        }
        byte[] headerBytes = readExactly(in, (int) headerLength, source, "the header");
        String headerText = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header = NpyHeader.parse(headerText, source);
        Element element = Element.of(header.descr(), source);
        int[] shape = intShape(header.shape(), source);
        int count = elementCount(shape, source);
        long dataBytes = (long) count * element.size;
        NpyArray array = readData(in, element, shape, count, dataBytes, source);
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new NpyFormatException(source, extra + " bytes follow the " + dataBytes + " data bytes that shape "
                    + NpyArray.shapeText(shape) + " of " + header.descr() + " needs; the file is corrupt or not one array");
        }
        return header.fortranOrder() && shape.length > 1 ? toCOrder(array, shape) : array;
    }

    /** One supported element type: its width, byte order and how it maps to a dtype. */
    private record Element(char kind, int size, ByteOrder order) {
        static Element of(String descr, String source) throws NpyFormatException {
            if (descr.length() == 3 && (descr.charAt(0) == '<' || descr.charAt(0) == '>')) {
                ByteOrder order = descr.charAt(0) == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                String type = descr.substring(1);
                switch (type) {
                    case "f8": return new Element('f', 8, order);
                    case "f4": return new Element('f', 4, order);
                    case "i4": return new Element('i', 4, order);
                    case "i8": return new Element('i', 8, order);
                    default: break;
                }
            }
            throw new NpyFormatException(source, "element type '" + descr + "' is not supported; use float64 ('<f8'),"
                    + " float32 ('<f4'), int32 ('<i4') or int64 ('<i8'), e.g. array.astype(numpy.float64)");
        }
    }

    private static NpyArray readData(InputStream in, Element element, int[] shape, int count, long dataBytes,
                                     String source) throws IOException {
        double[] doubles = element.kind == 'f' ? new double[count] : null;
        int[] ints = element.kind == 'i' ? new int[count] : null;
        int perChunk = CHUNK_BYTES / element.size;
        byte[] chunk = new byte[perChunk * element.size];
        int done = 0;
        while (done < count) {
            int n = Math.min(perChunk, count - done);
            int got = in.readNBytes(chunk, 0, n * element.size);
            if (got < n * element.size) {
                long have = (long) done * element.size + got;
                throw new NpyFormatException(source, "truncated: shape " + NpyArray.shapeText(shape) + " needs "
                        + dataBytes + " data bytes but the file holds only " + have);
            }
            ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n * element.size).order(element.order);
            if (element.kind == 'f' && element.size == 8) {
                buffer.asDoubleBuffer().get(doubles, done, n);
            } else if (element.kind == 'f') {
                for (int i = 0; i < n; i++) {
                    doubles[done + i] = buffer.getFloat();
                }
            } else if (element.size == 4) {
                buffer.asIntBuffer().get(ints, done, n);
            } else {
                for (int i = 0; i < n; i++) {
                    long value = buffer.getLong();
                    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                        throw new NpyFormatException(source, "the int64 value " + value + " at element " + (done + i)
                                + " does not fit in int32");
                    }
                    ints[done + i] = (int) value;
                }
            }
            done += n;
        }
        return doubles != null ? NpyArray.wrapDoubles(doubles, shape) : NpyArray.wrapInts(ints, shape);
    }

    /**
     * Fortran order stores the first index fastest. Element (i0, …, ik) sits at
     * i0 + n0·(i1 + n1·(i2 + …)) in the file and at ((i0·n1 + i1)·n2 + …) in C order.
     */
    private static NpyArray toCOrder(NpyArray fortran, int[] shape) {
        int rank = shape.length;
        int[] cStride = new int[rank];
        int stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            cStride[d] = stride;
            stride *= shape[d];
        }
        int size = fortran.size();
        int[] index = new int[rank];
        int[] target = new int[size];
        for (int f = 0; f < size; f++) {
            int c = 0;
            for (int d = 0; d < rank; d++) {
                c += index[d] * cStride[d];
            }
            target[f] = c;
            for (int d = 0; d < rank; d++) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        if (fortran.dtype() == NpyDtype.FLOAT64) {
            double[] in = fortran.doublesView();
            double[] out = new double[size];
            for (int f = 0; f < size; f++) {
                out[target[f]] = in[f];
            }
            return NpyArray.wrapDoubles(out, shape);
        }
        int[] in = fortran.intsView();
        int[] out = new int[size];
        for (int f = 0; f < size; f++) {
            out[target[f]] = in[f];
        }
        return NpyArray.wrapInts(out, shape);
    }

    private static int[] intShape(long[] shape, String source) throws NpyFormatException {
        int[] out = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] > Integer.MAX_VALUE) {
                throw new NpyFormatException(source, "dimension " + d + " is " + shape[d] + ", too large for a Java array");
            }
            out[d] = (int) shape[d];
        }
        return out;
    }

    private static int elementCount(int[] shape, String source) throws NpyFormatException {
        long count = 1;
        for (int n : shape) {
            count *= n;
            if (count > Integer.MAX_VALUE - 8) {
                throw new NpyFormatException(source, "shape " + NpyArray.shapeText(shape) + " has more elements than"
                        + " a Java array can hold");
            }
        }
        return (int) count;
    }

    private static byte[] readExactly(InputStream in, int n, String source, String what) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new NpyFormatException(source, "truncated: the file ends inside " + what + " (" + bytes.length
                    + " of " + n + " bytes)");
        }
        return bytes;
    }
}
