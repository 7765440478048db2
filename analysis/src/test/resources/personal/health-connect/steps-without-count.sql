-- SYNTHETIC: a steps table that lost its count column (an export this version does not read).
DROP TABLE steps_record_table;
CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE,
    device_info_id INTEGER, app_info_id INTEGER, start_time INTEGER, start_zone_offset INTEGER,
    end_time INTEGER, end_zone_offset INTEGER);
