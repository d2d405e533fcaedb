package io.twinnet.reports.render;

import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatCell;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalPoint;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.TextCell;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's data as CSV (RFC 4180 quoting, {@code \n} line ends, UTF-8 without BOM), for
 * spreadsheets, pandas and diffs. Numbers are written exactly, not as the page shows them:
 * integers (|v| &lt; 10¹⁵) as digits, others as {@link Double#toString} (the shortest text that
 * reads back to the same double), non-finite values as {@code NaN}, {@code Infinity} and
 * {@code -Infinity}, which Python's {@code float()} and pandas read.
 */
public final class CsvFiles {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvFiles() {
    }

    /** A table: the column headers, then one record per row. */
    public static String table(Table table) {
        List<List<String>> records = new ArrayList<>();
        records.add(table.columns().stream().map(c -> c.header()).toList());
        for (List<Cell> row : table.rows()) {
            records.add(row.stream().map(CsvFiles::cell).toList());
        }
        return write(records);
    }

    /**
     * Every claim: id, section, claim text, one column per implementation (empty where it gave
     * no verdict), whether the verdicts differ, and the note.
     */
    public static String claims(Report report) {
        List<String> implementations = report.implementations();
        List<List<String>> records = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("id", "section", "claim"));
        header.addAll(implementations);
        header.addAll(List.of("verdicts_differ", "note"));
        records.add(header);
        for (Section section : report.sections()) {
            for (Claim claim : section.claims()) {
                List<String> record = new ArrayList<>(List.of(claim.id(), section.id(), claim.text()));
                for (String implementation : implementations) {
                    String verdict = claim.verdictOf(implementation);
                    record.add(verdict == null ? "" : verdict);
                }
                record.add(Boolean.toString(claim.verdictsDiffer()));
                record.add(claim.note());
                records.add(record);
            }
        }
        return write(records);
    }

    /**
     * The data of a figure, every point including those the chart could not draw. An x–y chart
     * gives {@code series,reference,x,y}, one record per point, and {@code lower,upper} after them
     * when a series has a band (empty for series without one); an interval chart gives
     * {@code series,reference,x,y,lower,upper} with y the estimate (reference curves leave the
     * ends empty); a bar chart gives {@code category} and one column per series; a heat map gives
     * {@code x,y,value,label}, one record per cell, then one per point of each line over it (y its fractional row
     * position, label "line: " and the line's label).
     */
    public static String figureData(Figure figure) {
        List<List<String>> records = new ArrayList<>();
        if (figure.chart() instanceof XyChart xy) {
            boolean bands = xy.series().stream().anyMatch(s -> s.band() != null);
            records.add(bands ? List.of("series", "reference", "x", "y", "lower", "upper")
                    : List.of("series", "reference", "x", "y"));
            for (XySeries s : xy.series()) {
                for (int i = 0; i < s.points().size(); i++) {
                    Point p = s.points().get(i);
                    List<String> record = new ArrayList<>(List.of(s.name(), Boolean.toString(s.reference()),
                            number(p.x()), number(p.y())));
                    if (bands) {
                        record.add(s.band() == null ? "" : number(s.band().lower().get(i)));
                        record.add(s.band() == null ? "" : number(s.band().upper().get(i)));
                    }
                    records.add(record);
                }
            }
        } else if (figure.chart() instanceof IntervalChart intervals) {
            records.add(List.of("series", "reference", "x", "y", "lower", "upper"));
            for (IntervalSeries s : intervals.series()) {
                for (IntervalPoint p : s.points()) {
                    records.add(List.of(s.name(), "false", number(p.x()), number(p.estimate()), number(p.lower()),
                            number(p.upper())));
                }
            }
            for (XySeries r : intervals.references()) {
                for (Point p : r.points()) {
                    records.add(List.of(r.name(), "true", number(p.x()), number(p.y()), "", ""));
                }
            }
        } else if (figure.chart() instanceof HeatMapChart heat) {
            records.add(List.of("x", "y", "value", "label"));
            for (HeatCell c : heat.cells()) {
                records.add(List.of(c.x(), c.y(), c.labelled() ? "" : number(c.value()), c.label()));
            }
            for (HeatLine line : heat.lines()) {
                for (HeatLine.Point p : line.points()) {
                    records.add(List.of(p.x(), "row " + number(p.row()), number(p.value()), "line: " + line.label()));
                }
            }
        } else if (figure.chart() instanceof BarChart bar) {
            List<String> header = new ArrayList<>(List.of("category"));
            bar.series().forEach(s -> header.add(s.name()));
            records.add(header);
            for (int c = 0; c < bar.categories().size(); c++) {
                List<String> record = new ArrayList<>(List.of(bar.categories().get(c)));
                for (BarSeries s : bar.series()) {
                    record.add(number(s.values().get(c)));
                }
                records.add(record);
            }
        }
        return write(records);
    }

    /** A number as the CSV files write it. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String cell(Cell cell) {
        if (cell instanceof NumberCell n) {
            return number(n.value());
        }
        return ((TextCell) cell).text();
    }

    private static String write(List<List<String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory failed", e);
        }
        return out.toString();
    }
}
