package org.walkstudy.analysis.personal.garmin;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.JsonRecords;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Weigh-ins from the export's {@code DI-Connect-Wellness/*_userBioMetrics.json}: a record with a {@code weight}
 * object is a weigh-in of {@code weight.weight} grams on the local date {@code metaData.calendarDate} (its first 10
 * characters); records without one (height, VO2max) are not weigh-ins. The layout and the unit (grams) are those
 * of open-source readers of real exports, cited in docs/personal-data.md. A weigh-in is one per
 * {@code weight.timestampGMT} (else per calendarDate text): the same weigh-in twice (overlapping exports, or an
 * edit, whose {@code version} is higher) counts once, the highest version kept; a day's distinct weigh-ins are
 * averaged as every day's weight is.
 */
final class ConnectWeighIns {
    /** Epoch day to weigh-in key to {version, kg}. */
    private final Map<Long, Map<String, double[]>> days = new TreeMap<>();

    /** One biometrics record (the parser on its START_OBJECT, left on its END_OBJECT); a bad weigh-in is skipped. */
    void record(JsonParser p, String where, long line, SkippedRecords skipped) throws IOException {
        String date = null;
        String grams = null;
        String at = null;
        String version = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("metaData") && t == JsonToken.START_OBJECT) {
                date = JsonRecords.fields(p, "calendarDate")[0];
            } else if (field.equals("weight") && t == JsonToken.START_OBJECT) {
                String[] w = JsonRecords.fields(p, "weight", "timestampGMT");
                grams = w[0];
                at = w[1];
            } else if (field.equals("version")) {
                version = JsonRecords.scalar(p);
            } else {
                p.skipChildren();
            }
        }
        if (grams == null) {
            return; // height, VO2max or an empty weight: not a weigh-in
        }
        try {
            String localDate = date == null ? null : date.substring(0, Math.min(10, date.length()));
            long day = GarminConnectDaily.day(where, line, "metaData.calendarDate", localDate);
            double kg = GarminConnectDaily.value(where, line, "weight.weight", grams) / 1000;
            String g = grams;
            PlausibleRange.weightKg(kg).ifPresent(problem -> {
                throw InputException.atCell(where, line, "weight.weight", problem + " (" + g + " g)");
            });
            double v = version == null || Double.isNaN(JsonRecords.number(version)) ? 0 : JsonRecords.number(version);
            days.computeIfAbsent(day, d -> new TreeMap<>()).merge(at != null ? "at " + at : "on " + date, new double[] {v, kg},
                    (a, b) -> b[0] > a[0] ? b : a);
        } catch (InputException e) {
            skipped.skip(e);
        }
    }

    /** Adds each day's weigh-ins to the ledger; returns how many. */
    long addTo(DailyLedger ledger, int source) {
        long used = 0;
        for (Map.Entry<Long, Map<String, double[]>> d : days.entrySet()) {
            for (double[] w : d.getValue().values()) {
                ledger.add(d.getKey(), DailyMeasure.WEIGHT_KG, source, w[1]);
                used++;
            }
        }
        return used;
    }
}
