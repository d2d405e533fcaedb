package io.twinnet.experiments.lab;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the experiments module. It writes the same bytes for equal
 * values, whatever order their maps were filled in and whatever JVM or OS writes them, so records
 * and results can be compared with {@code cmp} or {@code git diff}:
 * <ul>
 *   <li>map entries sorted by key (enum keys by declaration order);</li>
 *   <li>a record's components in declaration order (the order {@link Class#getRecordComponents()}
 *       defines), any other property after them, alphabetically;</li>
 *   <li>doubles and floats in their shortest round-trip form (Jackson's Schubfach writer, the same
 *       algorithm as {@code Double.toString} since JDK 19, so JDK 17 and 21 write the same digits);
 *       {@code BigDecimal} in plain notation; NaN and ±Infinity as the strings "NaN", "Infinity",
 *       "-Infinity" (valid JSON), read back as numbers;</li>
 *   <li>objects indented by two spaces with {@code \n} line ends on every OS (Jackson's default
 *       takes the OS's line separator); arrays on one line, as Jackson writes them by default.</li>
 * </ul>
 */
public final class Json {
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(PRETTY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_BY_DECLARATION_ORDER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
