package org.reex.stats;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reex.api.model.RecoveryStats;
import org.reex.api.model.RecoveryStatsRow;
import org.reex.api.model.StatsGroupKey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@link RecoveryStats} as RFC 4180 CSV (Apache Commons CSV) when the client accepts {@code text/csv}: a
 * header, one line per row, the totals last with {@code TOTAL} in the first column. Group-key columns follow the
 * {@code groupBy} order (a key with a name gets a name column too); then declaredKg, recoveredKg, recoveryRate,
 * lots. UTF-8, dot decimals exactly as in the JSON, empty for an absent value.
 */
@Singleton
@Produces(RecoveryStatsCsvMapper.TEXT_CSV)
public class RecoveryStatsCsvMapper implements MessageBodyWriter<RecoveryStats> {

    static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Argument<RecoveryStats> type, MediaType mediaType) {
        return mediaType != null && mediaType.matches(MediaType.of(TEXT_CSV));
    }

    @Override
    public void writeTo(Argument<RecoveryStats> type, MediaType mediaType, RecoveryStats stats, MutableHeaders headers,
                        OutputStream out) throws CodecException {
        headers.set(HttpHeaders.CONTENT_TYPE, TEXT_CSV + "; charset=UTF-8");
        headers.set(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"recovery-" + stats.getFrom() + "-" + stats.getTo() + ".csv\"");
        // Header -> value; no nested types here, so the generated models stay inside this mapper (ArchitectureTest).
        Map<String, Function<RecoveryStatsRow, Object>> columns = columns(stats.getGroupBy());
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.keySet().toArray(String[]::new))
                .get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (RecoveryStatsRow row : stats.getRows()) {
                printer.printRecord(values(columns, row));
            }
            List<Object> totals = values(columns, stats.getTotals());
            if (columns.size() > 4) {
                totals.set(0, "TOTAL");
            }
            printer.printRecord(totals);
            printer.flush();
        } catch (IOException e) {
            throw new CodecException("could not write the CSV: " + e.getMessage(), e);
        }
    }

    private static List<Object> values(Map<String, Function<RecoveryStatsRow, Object>> columns, RecoveryStatsRow row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Function<RecoveryStatsRow, Object> column : columns.values()) {
            Object value = column.apply(row);
            values.add(value == null ? "" : value);
        }
        return values;
    }

    private static Map<String, Function<RecoveryStatsRow, Object>> columns(List<StatsGroupKey> keys) {
        Map<String, Function<RecoveryStatsRow, Object>> columns = new LinkedHashMap<>();
        for (StatsGroupKey key : keys) {
            String code = key.getValue();
            if (code.equals("element")) {
                columns.put("element", RecoveryStatsRow::getElement);
                columns.put("elementName", RecoveryStatsRow::getElementName);
            } else if (code.equals("month")) {
                columns.put("month", RecoveryStatsRow::getMonth);
            } else if (code.equals("quarter")) {
                columns.put("quarter", RecoveryStatsRow::getQuarter);
            } else if (code.equals("year")) {
                columns.put("year", RecoveryStatsRow::getYear);
            } else if (code.equals("region")) {
                columns.put("region", RecoveryStatsRow::getRegion);
            } else if (code.equals("category")) {
                columns.put("category", r -> r.getCategory() == null ? null : r.getCategory().getValue());
            } else if (code.equals("recycler")) {
                columns.put("recyclerId", RecoveryStatsRow::getRecyclerId);
                columns.put("recyclerName", RecoveryStatsRow::getRecyclerName);
            } else if (code.equals("seller")) {
                columns.put("sellerId", RecoveryStatsRow::getSellerId);
                columns.put("sellerName", RecoveryStatsRow::getSellerName);
            }
        }
        columns.put("declaredKg", RecoveryStatsRow::getDeclaredKg);
        columns.put("recoveredKg", RecoveryStatsRow::getRecoveredKg);
        columns.put("recoveryRate", RecoveryStatsRow::getRecoveryRate);
        columns.put("lots", RecoveryStatsRow::getLots);
        return columns;
    }
}
