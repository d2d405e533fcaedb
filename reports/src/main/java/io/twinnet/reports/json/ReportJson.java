package io.twinnet.reports.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Chart;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.ReportModelException;
import io.twinnet.reports.model.TextCell;
import io.twinnet.reports.model.XyChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link Report} as JSON and back, so a report can be re-read, re-rendered and diffed:
 * {@code fromJson(toJson(r)).equals(r)} for every report, NaN and infinities included.
 *
 * <p>The document is an envelope {@code {"format": "twinnet-report", "version": 1, "report": …}}
 * around the model's own fields. Points are written as {@code [x, y]}; charts carry
 * {@code "type": "xy" | "bar" | "intervals" | "heatmap"}; JSON's missing NaN/∞ are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} (table cells: see {@link CellJson}). Output is
 * indented with {@code \n} line ends whatever the platform, so the same report gives the same bytes.
 * Reading is strict: unknown fields, duplicate keys and invalid values are refused with the place.
 */
public final class ReportJson {

    /** The value of the envelope's {@code format} field. */
    public static final String FORMAT = "twinnet-report";
    /** The version of the layout this class writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private ReportJson() {
    }

    /** The report as an indented JSON document (ending with a line break). */
    public static String toJson(Report report) {
        try {
            return WRITER.writeValueAsString(new Envelope(FORMAT, VERSION, report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a valid report could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a report from JSON written by {@link #toJson}; {@code source} names it in error messages. */
    public static Report fromJson(String json, String source) throws ReportJsonException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw failure(source, e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportJsonException(source + ": not a twinnet report (expected a JSON object)", null);
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new ReportJsonException(source + ": not a twinnet report (the field \"format\" must be \""
                    + FORMAT + "\")", null);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new ReportJsonException(source + ": report layout version " + version + " is not supported;"
                    + " this build reads version " + VERSION, null);
        }
        JsonNode report = root.get("report");
        if (report == null || !report.isObject()) {
            throw new ReportJsonException(source + ": the field \"report\" is missing", null);
        }
        try {
            return MAPPER.readValue(json, Envelope.class).report();
        } catch (JsonProcessingException e) {
            throw failure(source, e);
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException(source + ": " + e.getMessage(), e);
        }
    }

    public static Report fromJson(String json) throws ReportJsonException {
        return fromJson(json, "report JSON");
    }

    /** Writes {@link #toJson} to {@code file} in UTF-8. */
    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    /** Reads a report written by {@link #write}. */
    public static Report read(Path file) throws IOException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read the report " + file + ": " + e, e);
        }
        return fromJson(json, file.toString());
    }

    private static ReportJsonException failure(String source, JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        Throwable cause = e instanceof ValueInstantiationException ? e.getCause() : null;
        String problem = cause instanceof ReportModelException ? cause.getMessage() : e.getOriginalMessage();
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " at " + jsonPath(m) : "";
        return new ReportJsonException(source + where + path + ": " + problem, e);
    }

    /** The place of a mapping error as a JSON path such as {@code report.sections[0].claims[2].text}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.addMixIn(Point.class, PointLayout.class);
        mapper.addMixIn(Chart.class, ChartLayout.class);
        SimpleModule cells = new SimpleModule("twinnet-report-cells");
        cells.addSerializer(TextCell.class, new CellJson.TextWriter());
        cells.addSerializer(NumberCell.class, new CellJson.NumberWriter());
        cells.addDeserializer(Cell.class, new CellJson.Reader());
        mapper.registerModule(cells);
        return mapper;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentObjectsWith(lines);
        return printer;
    }

    /** The document around the report: what it is and which layout version it follows. */
    record Envelope(String format, int version, Report report) {
    }

    /** A point is written {@code [x, y]}: reports hold many of them. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"x", "y"})
    private abstract static class PointLayout {
    }

    /** A chart names its kind in a {@code "type"} field. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = XyChart.class, name = "xy"),
            @JsonSubTypes.Type(value = BarChart.class, name = "bar"),
            @JsonSubTypes.Type(value = IntervalChart.class, name = "intervals"),
            @JsonSubTypes.Type(value = HeatMapChart.class, name = "heatmap")
    })
    private abstract static class ChartLayout {
    }
}
