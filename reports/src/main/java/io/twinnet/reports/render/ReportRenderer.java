package io.twinnet.reports.render;

import io.twinnet.reports.json.ReportJson;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Report} to a directory: {@code index.html}, {@code summary.md},
 * {@code report.json}, {@code claims.csv}, {@code tables/*.csv} and {@code figures/*} (layout in
 * {@link ReportLayout}).
 *
 * <p>The same report always gives the same bytes in every file: nothing written depends on the
 * time, the machine's locale or a random id. Figures are separate SVG files referenced by
 * {@code <img>} rather than inlined: the page stays small and readable as source, each figure can
 * be taken away on its own (slides, papers), their internal ids cannot clash, and an SVG loaded
 * through {@code <img>} never runs script.
 *
 * <p>Rendering again into the same directory replaces the files; {@code .svg}, {@code .png} and
 * {@code .csv} files in {@code figures/} and {@code tables/} that the new report does not write
 * (left from an earlier render) are deleted, so every file there belongs to the report beside it.
 * Nothing else in the directory is touched.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    /** Renders with {@link RenderOptions#defaults()}. */
    public static RenderedReport render(Report report, Path directory) throws IOException {
        return render(report, directory, RenderOptions.defaults());
    }

    /**
     * Renders the report into {@code directory}, creating it when needed.
     *
     * @throws IOException naming the file or directory that could not be written, and why
     */
    public static RenderedReport render(Report report, Path directory, RenderOptions options) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        createDirectory(dir);
        Path tablesDir = dir.resolve(ReportLayout.TABLES_DIR);
        Path figuresDir = dir.resolve(ReportLayout.FIGURES_DIR);
        createDirectory(tablesDir);
        createDirectory(figuresDir);

        Set<Path> written = new HashSet<>();
        List<Path> tables = new ArrayList<>();
        List<Path> figures = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Figure figure : section.figures()) {
                Path svg = dir.resolve(ReportLayout.figureSvg(figure));
                write(svg, ChartRenderer.svg(figure, options.figureWidth(), options.figureHeight()));
                figures.add(svg);
                Path data = dir.resolve(ReportLayout.figureCsv(figure));
                write(data, CsvFiles.figureData(figure));
                figures.add(data);
                if (options.png()) {
                    Path png = dir.resolve(ReportLayout.figurePng(figure));
                    writeBytes(png, ChartRenderer.png(figure, options.figureWidth(), options.figureHeight()));
                    figures.add(png);
                }
            }
            for (Table table : section.tables()) {
                Path csv = dir.resolve(ReportLayout.tableCsv(table));
                write(csv, CsvFiles.table(table));
                tables.add(csv);
            }
        }
        written.addAll(tables);
        written.addAll(figures);
        Path claims = dir.resolve(ReportLayout.CLAIMS_CSV);
        write(claims, CsvFiles.claims(report));
        Path json = dir.resolve(ReportLayout.JSON);
        write(json, ReportJson.toJson(report));
        Path summary = dir.resolve(ReportLayout.SUMMARY);
        write(summary, MarkdownSummary.render(report));
        Path index = dir.resolve(ReportLayout.INDEX);
        write(index, HtmlReport.render(report, options));
        removeStale(tablesDir, written);
        removeStale(figuresDir, written);
        return new RenderedReport(dir, index, summary, json, claims, tables, figures);
    }

    private static void createDirectory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write the report into " + dir + ": a file (not a directory) has that name", e);
        } catch (IOException e) {
            throw new IOException("cannot create the report directory " + dir + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write the report into " + dir + ": the directory is not writable");
        }
    }

    private static void write(Path file, String text) throws IOException {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IOException("cannot write the report file " + file + ": " + e, e);
        }
    }

    private static void removeStale(Path dir, Set<Path> keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{svg,png,csv}")) {
            for (Path file : files) {
                if (!keep.contains(file) && Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot clean old files out of " + dir + ": " + e, e);
        }
    }
}
