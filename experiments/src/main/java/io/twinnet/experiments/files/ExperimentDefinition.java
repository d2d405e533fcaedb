package io.twinnet.experiments.files;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a file-defined experiment is rebuilt from, with no path to the original left: the
 * file's name as the user gave it (messages, the experiment's source and setup text name it), its
 * text, whether it is JSON, and the bytes of every data file it names ({@code .npy}/CSV), by the
 * name the file gives them. {@link ExperimentFileReader#parse(ExperimentDefinition)} turns it back
 * into the same {@link ExperimentFile}; the run directory keeps it ({@link StoredDefinitions}) and
 * the Spark engine ships it to its executors.
 *
 * @param file the file's name as given ({@code examples/seed-004-asker.yaml})
 * @param text the file's text, as written
 * @param json true for a JSON file, false for YAML
 * @param data each data file's bytes, by the name the file gives it (sorted by name)
 */
public record ExperimentDefinition(String file, String text, boolean json, Map<String, byte[]> data) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExperimentDefinition {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("file: is missing");
        if (text == null) throw new IllegalArgumentException("text: is missing");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        data.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        data = java.util.Collections.unmodifiableMap(copy);
    }

    /** The bytes of the data file named {@code name}, a copy. */
    public Optional<byte[]> dataFile(String name) {
        byte[] b = data.get(name);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /** SHA-256 over the text and every data file (name and bytes): the same digest, the same experiment. */
    public String digest() {
        MessageDigest md = sha256();
        md.update(text.getBytes(StandardCharsets.UTF_8));
        data.forEach((name, bytes) -> {
            md.update((byte) 0);
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(bytes);
        });
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * What differs between this definition ("now") and {@code then}, in words — the first line of
     * the text that differs, else the first data file whose bytes differ — or empty when the two
     * define the same experiment. The file names are not compared (a moved file is the same file).
     */
    public Optional<String> differenceFrom(ExperimentDefinition then) {
        if (json != then.json) return Optional.of("it is " + (json ? "JSON" : "YAML") + " now, " + (then.json ? "JSON" : "YAML") + " then");
        if (!text.equals(then.text)) return Optional.of(firstDifferentLine(text, then.text));
        for (String name : new TreeSet<>(java.util.stream.Stream.concat(data.keySet().stream(), then.data.keySet().stream()).toList())) {
            byte[] a = data.get(name);
            byte[] b = then.data.get(name);
            if (a == null || b == null) return Optional.of("the data file " + name + " is read " + (a == null ? "then, not now" : "now, not then"));
            if (!Arrays.equals(a, b)) {
                return Optional.of("the data file " + name + " has other contents (" + a.length + " bytes, SHA-256 " + shortDigest(a) + " now; "
                        + b.length + " bytes, " + shortDigest(b) + " then)");
            }
        }
        return Optional.empty();
    }

    private static String firstDifferentLine(String now, String then) {
        List<String> a = now.lines().toList();
        List<String> b = then.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        if (i == a.size() && i == b.size()) return "the line endings differ";
        return "line " + (i + 1) + " reads " + quoted(a, i) + " now, " + quoted(b, i) + " then";
    }

    private static String quoted(List<String> lines, int i) {
        return i < lines.size() ? "'" + lines.get(i).strip() + "'" : "nothing (the file ends before)";
    }

    private static String shortDigest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** A record's equality compares the arrays' contents (the default would compare their identities). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentDefinition d && file.equals(d.file) && differenceFrom(d).isEmpty();
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + digest().hashCode();
    }
}
