package org.walkstudy.analysis.personal.healthconnect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.walkstudy.analysis.personal.DailyLedger;

/**
 * The source of a record: the device and the app that wrote it, "Google Pixel Watch 2 (Fitbit)", or the app
 * alone when the device is unknown ("Samsung Health"). The app is part of the name because two apps on one
 * phone may both write its steps: they are two sources, of which one counts where they overlap. The two small
 * tables of apps and devices are read whole; the records only refer to them.
 */
final class HealthConnectSources {
    private final DailyLedger ledger;
    private final Map<Long, String> apps;
    private final Map<Long, String> devices;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, int[]> derived = new HashMap<>();

    private HealthConnectSources(DailyLedger ledger, Map<Long, String> apps, Map<Long, String> devices) {
        this.ledger = ledger;
        this.apps = apps;
        this.devices = devices;
    }

    static HealthConnectSources of(Connection c, HealthConnectSchema schema, DailyLedger ledger) throws SQLException {
        boolean appName = schema.hasColumn(HealthConnectSchema.APPS, "app_name");
        Map<Long, String> apps = names(c, "SELECT row_id, " + (appName ? "app_name" : "NULL") + ", package_name FROM "
                + HealthConnectSchema.APPS);
        Map<Long, String> devices = schema.has(HealthConnectSchema.DEVICES)
                ? names(c, "SELECT row_id, manufacturer, model FROM " + HealthConnectSchema.DEVICES) : Map.of();
        return new HealthConnectSources(ledger, apps, devices);
    }

    /** The ledger id of the source of a record with these app and device ids (either may be null). */
    int of(Object appId, Object deviceId) {
        String app = appId instanceof Number n ? apps.get(n.longValue()) : null;
        String device = deviceId instanceof Number n ? devices.get(n.longValue()) : null;
        String appLabel = app == null ? "Health Connect" : app;
        String label = device == null ? appLabel : device + " (" + appLabel + ")";
        return ids.computeIfAbsent(label, ledger::sourceId);
    }

    /** The source of a walking session's minutes: "Device (App, workout)" or "App (workout)". */
    int workout(int source) {
        return derived(source, 0, "workout");
    }

    /** The source of brisk minutes from step cadence: "Device (App, cadence)" or "App (cadence)". */
    int cadence(int source) {
        return derived(source, 1, "cadence");
    }

    private int derived(int source, int slot, String suffix) {
        int[] d = derived.computeIfAbsent(source, s -> new int[] {-1, -1});
        if (d[slot] < 0) {
            String base = ledger.sourceName(source);
            d[slot] = ledger.sourceId(base.endsWith(")") ? base.substring(0, base.length() - 1) + ", " + suffix + ")"
                    : base + " (" + suffix + ")");
        }
        return d[slot];
    }

    /** Row id to "first second" (app name, else package; manufacturer and model), blank names left out. */
    private static Map<Long, String> names(Connection c, String sql) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next() && names.size() < 100_000) {
                String first = clean(rs.getString(2));
                String second = clean(rs.getString(3));
                String label = sql.contains("manufacturer") ? (first + " " + second).strip()
                        : (first.isEmpty() ? second : first);
                if (!label.isEmpty()) {
                    names.put(rs.getLong(1), label);
                }
            }
        }
        return names;
    }

    /** Control characters (a CR in a name) become spaces; the daily file quotes what remains. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
