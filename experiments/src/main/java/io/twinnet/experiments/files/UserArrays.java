package io.twinnet.experiments.files;

import io.twinnet.core.data.Dataset;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the user's features and labels: NumPy {@code .npy} (through the reports module's
 * {@link NpyReader}) or CSV (commons-csv; a first row that is not numeric is taken as a header).
 * Features are {@code n × d} (a higher-rank array is flattened per example, e.g. {@code n×1×28×28});
 * labels are class indices ({@code n} or {@code n × 1} whole numbers, one-hot encoded with
 * {@code K = max + 1} classes) or an {@code n × K} target matrix. Every problem is an
 * {@link ExperimentFileException} at the field that named the file. The bytes come from
 * {@link DataFiles} (the disk, or a definition's copy).
 */
final class UserArrays {
    private UserArrays() {
    }

    /** A numeric table: {@code rows × columns}, row-major. */
    record Table(int rows, int columns, double[] values) {
    }

    /** The dataset of {@code features} and {@code labels}, named by the fields that gave them. */
    static Dataset load(LocatedTree tree, DataFiles files, String featuresField, String labelsField) {
        String fName = FieldPath.get(tree.root(), featuresField).asText();
        String lName = FieldPath.get(tree.root(), labelsField).asText();
        Table f = read(tree, featuresField, files, fName);
        Table l = read(tree, labelsField, files, lName);
        if (l.rows != f.rows) {
            throw tree.error(labelsField, "expected one label row per example: " + lName + " has " + l.rows + " rows, " + fName + " has " + f.rows);
        }
        double[] labels = l.columns == 1 ? oneHot(tree, labelsField, l) : l.values;
        int k = labels.length / l.rows;
        return Dataset.of(fName, f.values, labels, f.columns, k);
    }

    private static double[] oneHot(LocatedTree tree, String field, Table l) {
        int k = 0;
        for (double v : l.values) {
            if (v < 0 || v != Math.rint(v)) throw tree.error(field, "expected class indices (whole numbers >= 0) in a one-column label file, found " + v);
            k = Math.max(k, (int) v + 1);
        }
        if (k < 2) throw tree.error(field, "expected at least two classes among the labels, found " + k);
        double[] out = new double[l.rows * k];
        for (int i = 0; i < l.rows; i++) out[i * k + (int) l.values[i]] = 1;
        return out;
    }

    private static Table read(LocatedTree tree, String field, DataFiles files, String name) {
        String file = files.where(name);
        try {
            byte[] bytes = files.read(name);
            Table t = name.endsWith(".npy") ? npy(bytes, file) : csv(bytes);
            if (t.rows < 1) throw tree.error(field, "expected at least one row, " + file + " has none");
            for (double v : t.values) if (!Double.isFinite(v)) throw tree.error(field, "expected finite numbers, " + file + " holds " + v);
            return t;
        } catch (NoSuchFileException e) {
            throw tree.error(field, "no such file: " + e.getFile());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw tree.error(field, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Table npy(byte[] bytes, String file) throws IOException {
        NpyArray a = NpyReader.fromBytes(bytes, file);
        int[] shape = a.shape();
        if (shape.length == 0) throw new IllegalArgumentException("expected an array of one row per example, got a scalar");
        int rows = shape[0];
        int cols = rows == 0 ? 0 : a.size() / rows;
        return new Table(rows, Math.max(cols, 1), a.toDoubleArray());
    }

    private static Table csv(byte[] bytes) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(in)) {
                double[] row = new double[r.size()];
                try {
                    for (int c = 0; c < row.length; c++) row[c] = Double.parseDouble(r.get(c));
                } catch (NumberFormatException e) {
                    if (r.getRecordNumber() == 1) continue;
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + ": not a number: " + e.getMessage());
                }
                if (!rows.isEmpty() && row.length != rows.get(0).length) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + " has " + row.length + " columns, the first row " + rows.get(0).length);
                }
                rows.add(row);
            }
        }
        int cols = rows.isEmpty() ? 0 : rows.get(0).length;
        double[] values = new double[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, values, i * cols, cols);
        return new Table(rows.size(), cols, values);
    }
}
