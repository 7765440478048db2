package org.walkstudy.analysis.personal.healthconnect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.walkstudy.core.input.InputException;

/**
 * The tables and columns walkstudy reads, as Android's HealthFitness module creates them (the
 * *RecordHelper classes under service/java/com/android/server/healthconnect/storage/datatypehelpers/;
 * docs/personal-data.md cites the commit). A database without any of the record tables is not a Health Connect
 * export; a record table without one of its columns is refused with the table and the column.
 */
final class HealthConnectSchema {
    static final String STEPS = "steps_record_table";
    static final String DISTANCE = "distance_record_table";
    static final String EXERCISE = "exercise_session_record_table";
    static final String SLEEP = "sleep_session_record_table";
    static final String STAGES = "sleep_stages_table";
    static final String WEIGHT = "weight_record_table";
    static final String APPS = "application_info_table";
    static final String DEVICES = "device_info_table";
    private static final List<String> INTERVAL = List.of("row_id", "start_time", "end_time", "start_zone_offset", "app_info_id");
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(STEPS, with(INTERVAL, "count"));
        COLUMNS.put(DISTANCE, with(INTERVAL, "distance"));
        COLUMNS.put(EXERCISE, with(INTERVAL, "exercise_type"));
        COLUMNS.put(SLEEP, INTERVAL);
        COLUMNS.put(WEIGHT, List.of("row_id", "time", "zone_offset", "weight", "app_info_id"));
    }

    private static final Map<String, List<String>> SUPPORT = Map.of(
            STAGES, List.of("parent_key", "stage_start_time", "stage_end_time", "stage_type"),
            APPS, List.of("row_id", "package_name"),
            DEVICES, List.of("row_id", "manufacturer", "model"));

    private final Map<String, Set<String>> tables;

    private HealthConnectSchema(Map<String, Set<String>> tables) {
        this.tables = tables;
    }

    static HealthConnectSchema of(Connection c, String name) throws SQLException {
        Set<String> all = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                all.add(String.valueOf(rs.getString(1)));
            }
        }
        List<String> records = COLUMNS.keySet().stream().filter(all::contains).toList();
        if (records.isEmpty()) {
            throw InputException.inFile(name, "not a Health Connect export: none of the tables " + COLUMNS.keySet()
                    + " (it has " + (all.isEmpty() ? "no tables" : shortList(all)) + ")");
        }
        if (!all.contains(APPS)) {
            throw InputException.inFile(name, "not a Health Connect export: no table " + APPS
                    + " (the apps that wrote the records)");
        }
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (String t : all) {
            List<String> needed = COLUMNS.containsKey(t) ? COLUMNS.get(t) : SUPPORT.get(t);
            if (needed == null) {
                continue;
            }
            Set<String> columns = columns(c, t);
            for (String column : needed) {
                if (!columns.contains(column)) {
                    throw InputException.atCell(name + " " + t, 0, column, "the table " + t + " has no column "
                            + column + ": not a Health Connect export this version of walkstudy reads");
                }
            }
            tables.put(t, columns);
        }
        return new HealthConnectSchema(tables);
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    /** The device column of a record table, or NULL when the table (an older export) has none. */
    String deviceColumn(String table) {
        return tables.containsKey(DEVICES) && tables.get(table).contains("device_info_id") ? "device_info_id" : "NULL";
    }

    boolean hasColumn(String table, String column) {
        return tables.containsKey(table) && tables.get(table).contains(column);
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        // The name comes from sqlite_master but is one of ours (checked above): safe to put in the statement.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(String.valueOf(rs.getString("name")));
            }
        }
        return columns;
    }

    private static List<String> with(List<String> base, String column) {
        List<String> l = new ArrayList<>(base);
        l.add(column);
        return List.copyOf(l);
    }

    private static String shortList(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        return l.size() <= 8 ? l.toString() : l.subList(0, 8) + " and " + (l.size() - 8) + " more";
    }
}
