package io.credence.text;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables shipped in the classpath, reviewed like code: one row a line, tab-separated, no
 * quoting (a cue or a label may hold quotation marks), lines starting with "#" and blank lines
 * skipped. A missing resource or a short row stops the service at start, naming the line.
 */
public final class TabularResource {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final CsvSchema TAB_SEPARATED = CsvSchema.emptySchema()
            .withColumnSeparator('\t')
            .withoutQuoteChar()
            .withoutEscapeChar()
            .withComments();

    private TabularResource() {}

    /** Every row of the resource, each with at least {@code minColumns} cells. */
    public static List<String[]> rows(String resource, int minColumns) {
        InputStream in = TabularResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (in;
                MappingIterator<String[]> reader =
                        MAPPER.readerFor(String[].class).with(TAB_SEPARATED).readValues(in)) {
            while (reader.hasNextValue()) {
                String[] row = reader.nextValue();
                if (row.length < minColumns) {
                    throw new IllegalStateException(resource + ":"
                            + reader.getParser().currentTokenLocation().getLineNr() + ": expected " + minColumns
                            + " tab-separated columns, found " + row.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        return rows;
    }
}
