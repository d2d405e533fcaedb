package io.twinnet.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.TextCell;
import java.io.IOException;

/**
 * Table cells in JSON, kept compact because tables can be long: a text cell is a JSON string, a
 * finite number cell a JSON number. JSON has no NaN or infinity, so a non-finite number cell is
 * written {@code {"number": "NaN"}} (or {@code "Infinity"}, {@code "-Infinity"}), which can never
 * be mistaken for the text "NaN".
 */
final class CellJson {

    private CellJson() {
    }

    static final class TextWriter extends JsonSerializer<TextCell> {
        @Override
        public void serialize(TextCell cell, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(cell.text());
        }
    }

    static final class NumberWriter extends JsonSerializer<NumberCell> {
        @Override
        public void serialize(NumberCell cell, JsonGenerator out, SerializerProvider provider) throws IOException {
            double value = cell.value();
            if (Double.isFinite(value)) {
                out.writeNumber(value);
            } else {
                out.writeStartObject();
                out.writeStringField("number", Double.toString(value));
                out.writeEndObject();
            }
        }
    }

    static final class Reader extends JsonDeserializer<Cell> {
        @Override
        public Cell deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return new TextCell(in.getText());
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new NumberCell(in.getDoubleValue());
            }
            if (token == JsonToken.START_OBJECT) {
                String field = in.nextFieldName();
                if ("number".equals(field) && in.nextToken() == JsonToken.VALUE_STRING) {
                    String text = in.getText();
                    if (in.nextToken() == JsonToken.END_OBJECT) {
                        switch (text) {
                            case "NaN": return new NumberCell(Double.NaN);
                            case "Infinity": return new NumberCell(Double.POSITIVE_INFINITY);
                            case "-Infinity": return new NumberCell(Double.NEGATIVE_INFINITY);
                            default: break;
                        }
                    }
                }
            }
            return (Cell) context.handleUnexpectedToken(Cell.class, token, in,
                    "a table cell must be a string, a number or {\"number\": \"NaN\" | \"Infinity\" | \"-Infinity\"}");
        }
    }
}
