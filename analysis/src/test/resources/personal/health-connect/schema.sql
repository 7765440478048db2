-- The tables walkstudy reads, as Android's Health Connect service creates them. Built from the platform's
-- published sources, not copied from a real export: GrapheneOS/platform_packages_modules_HealthFitness
-- (a mirror of AOSP packages/modules/HealthFitness, Apache-2.0) at commit
-- a2ea65337ffae65b232151cd48c2ddedd761c39b, service/java/com/android/server/healthconnect/storage/
-- datatypehelpers/: RecordHelper.java (common columns), IntervalRecordHelper.java, InstantRecordHelper.java,
-- StepsRecordHelper.java, DistanceRecordHelper.java, ExerciseSessionRecordHelper.java,
-- SleepSessionRecordHelper.java, SleepStageRecordHelper.java, WeightRecordHelper.java, AppInfoHelper.java,
-- DeviceInfoHelper.java; column types from storage/utils/StorageUtils.java.
CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY, package_name TEXT NOT NULL UNIQUE,
    app_name TEXT, app_icon BLOB, record_types_used TEXT);
CREATE TABLE device_info_table (row_id INTEGER PRIMARY KEY, manufacturer TEXT, model TEXT, device_type INTEGER);
CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER,
    app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE, start_time INTEGER,
    start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, count INTEGER);
CREATE TABLE distance_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER,
    app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE, start_time INTEGER,
    start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, distance REAL);
CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER,
    app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE, start_time INTEGER,
    start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, notes TEXT,
    exercise_type INTEGER, title TEXT, has_route INTEGER);
CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER,
    app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE, start_time INTEGER,
    start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, notes TEXT, title TEXT);
CREATE TABLE sleep_stages_table (parent_key INTEGER NOT NULL, stage_start_time INTEGER NOT NULL,
    stage_end_time INTEGER NOT NULL, stage_type INTEGER NOT NULL,
    FOREIGN KEY (parent_key) REFERENCES sleep_session_record_table (row_id) ON DELETE CASCADE);
CREATE TABLE weight_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER,
    app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE, time INTEGER, zone_offset INTEGER,
    local_date INTEGER, weight REAL);
