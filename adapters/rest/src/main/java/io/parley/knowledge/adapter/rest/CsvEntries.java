package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.EntryContent;
import io.parley.knowledge.ImportedEntry;
import io.parley.knowledge.KnowledgeEntryView;
import io.parley.shared.DomainException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Entries as CSV (commons-csv): a header row naming the columns {@code question}, {@code answer} (both required),
 * {@code alternatives}, {@code tags} and {@code enabled}, in any order; a cell of alternatives or tags holds several,
 * separated by {@code |} or line breaks. UTF-8 with or without a byte-order mark; comma-separated (a header without a
 * comma but with semicolons or tabs is read with those). Cells that a spreadsheet would run as a formula
 * ({@code = + - @}) are written with a leading {@code '}, which reading takes off again.
 */
final class CsvEntries {

    static final List<String> COLUMNS = List.of("question", "answer", "alternatives", "tags", "enabled");
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "启用", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否", "停用", "off");

    private CsvEntries() {}

    /**
     * The file's rows as entries with their line numbers; a cell that cannot be read marks its entry with a problem,
     * which the import reports together with the entries' own (and then imports nothing).
     */
    static List<ImportedEntry> read(byte[] file) {
        String text = utf8(file);
        char delimiter = delimiter(text);
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setAllowMissingColumnNames(true).get();
        var entries = new ArrayList<ImportedEntry>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var missing = new ArrayList<>(List.of("question", "answer"));
            missing.removeIf(column -> parser.getHeaderMap().containsKey(column));
            if (!missing.isEmpty()) {
                throw DomainException.invalid("knowledge.csv-missing-columns", "the first line must name the columns "
                        + String.join(", ", COLUMNS) + " (question and answer are required); missing: "
                        + String.join(", ", missing));
            }
            long before = parser.getCurrentLineNumber();
            var rows = parser.iterator();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                int line = (int) before + 1;
                before = parser.getCurrentLineNumber();
                if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                    continue;
                }
                entries.add(entry(row, line));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalid("knowledge.csv-malformed", "the file is not valid CSV: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    + "; check the quotes on that line (a quote inside a cell is written twice: \"\")");
        }
        return entries;
    }

    private static ImportedEntry entry(CSVRecord row, int line) {
        List<String> alternatives = list(cell(row, "alternatives"));
        Set<String> tags = new LinkedHashSet<>(list(cell(row, "tags")));
        String enabled = cell(row, "enabled").strip().toLowerCase(Locale.ROOT);
        var problem = enabled.isEmpty() || TRUE.contains(enabled) || FALSE.contains(enabled) ? null
                : new ImportedEntry.Problem("knowledge.csv-invalid-enabled", "enabled must be true or false (or"
                        + " empty for true), was \"" + enabled + "\"");
        return new ImportedEntry(line, new EntryContent(cell(row, "question"), cell(row, "answer"), alternatives,
                tags), !FALSE.contains(enabled), problem);
    }

    private static String cell(CSVRecord row, String column) {
        String value = row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
        if (value == null) {
            return "";
        }
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[|\\n\\r]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** With a byte-order mark, so that Excel opens it as UTF-8; alternatives and tags one per line in their cell. */
    static String write(List<KnowledgeEntryView> entries) {
        var out = new StringWriter().append('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\r\n").get())) {
            for (var entry : entries) {
                printer.printRecord(safe(entry.question()), safe(entry.answer()),
                        safe(String.join("\n", entry.alternatives())),
                        safe(String.join("\n", entry.tags().stream().sorted().toList())), entry.enabled());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(',') < 0) {
            if (header.indexOf(';') >= 0) {
                return ';';
            }
            if (header.indexOf('\t') >= 0) {
                return '\t';
            }
        }
        return ',';
    }

    /** The text of a UTF-8 file; anything else is refused, naming the first line that is not UTF-8. */
    static String utf8(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(file.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += file[i] == '\n' ? 1 : 0;
            }
            boolean gbk = decodes(file, Charset.forName("GB18030"));
            throw DomainException.invalid("knowledge.csv-not-utf8", "line " + line + " is not UTF-8 text"
                    + (gbk ? " (the file looks like GBK/GB18030, as Excel saves \"CSV (Comma delimited)\" on Chinese"
                    + " Windows)" : "") + "; save it as \"CSV UTF-8 (Comma delimited)\" and import it again")
                    .withErrors(List.of(Map.of("line", line, "code", "knowledge.csv-not-utf8",
                            "message", "not UTF-8 text")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean decodes(byte[] file, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
