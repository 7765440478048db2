-- SYNTHETIC records (made up for the tests, no person's data) in the schema of schema.sql. Times are UTC epoch
-- milliseconds, offsets seconds (+3600: Central European Time, as on 10 March 2024).
INSERT INTO application_info_table (row_id, package_name, app_name) VALUES
    (1, 'com.google.android.apps.fitness', 'Fit'), (2, 'com.sec.android.app.shealth', 'Samsung Health');
INSERT INTO device_info_table VALUES (1, 'Google', 'Pixel Watch 2', 1), (2, 'Google', 'Pixel 8', 2);
-- steps: a brisk 10 minutes on the watch; 30 minutes on the phone; 00:30 local on the 11th (23:30 UTC on the
-- 10th); a record ending before it starts (row 4); an offset of 20 hours (row 5).
INSERT INTO steps_record_table (row_id, uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES
    (1, x'01', 1, 1, strftime('%s', '2024-03-10 07:00:00') * 1000, 3600, strftime('%s', '2024-03-10 07:10:00') * 1000, 3600, 1200),
    (2, x'02', 2, 2, strftime('%s', '2024-03-10 08:00:00') * 1000, 3600, strftime('%s', '2024-03-10 08:30:00') * 1000, 3600, 500),
    (3, x'03', 1, 1, strftime('%s', '2024-03-10 23:30:00') * 1000, 3600, strftime('%s', '2024-03-10 23:40:00') * 1000, 3600, 300),
    (4, x'04', 1, 1, strftime('%s', '2024-03-10 10:00:00') * 1000, 3600, strftime('%s', '2024-03-10 09:00:00') * 1000, 3600, 100),
    (5, x'05', 1, 1, strftime('%s', '2024-03-10 12:00:00') * 1000, 72000, strftime('%s', '2024-03-10 12:10:00') * 1000, 72000, 100);
INSERT INTO distance_record_table (row_id, uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, distance) VALUES
    (1, x'11', 1, 1, strftime('%s', '2024-03-10 07:00:00') * 1000, 3600, strftime('%s', '2024-03-10 07:10:00') * 1000, 3600, 850.5);
-- a 30-minute walk (EXERCISE_SESSION_TYPE_WALKING = 53) and an hour's run (RUNNING = 33): only the walk counts;
-- a 90-minute hike (HIKING = 21) on the 12th counts as walking.
INSERT INTO exercise_session_record_table (row_id, uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, exercise_type) VALUES
    (1, x'21', 1, 1, strftime('%s', '2024-03-10 07:00:00') * 1000, 3600, strftime('%s', '2024-03-10 07:30:00') * 1000, 3600, 53),
    (2, x'22', 1, 1, strftime('%s', '2024-03-10 16:00:00') * 1000, 3600, strftime('%s', '2024-03-10 17:00:00') * 1000, 3600, 33),
    (3, x'23', 1, 1, strftime('%s', '2024-03-12 08:00:00') * 1000, 3600, strftime('%s', '2024-03-12 09:30:00') * 1000, 3600, 21);
-- a night 22:00-06:30 local with stages (20 minutes awake in bed, then 480 minutes asleep around a 10-minute
-- wake-up), and a 30-minute nap without stages on the 11th at 14:00 local.
INSERT INTO sleep_session_record_table (row_id, uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset) VALUES
    (1, x'31', 1, 2, strftime('%s', '2024-03-10 21:00:00') * 1000, 3600, strftime('%s', '2024-03-11 05:30:00') * 1000, 3600),
    (2, x'32', 1, 2, strftime('%s', '2024-03-11 13:00:00') * 1000, 3600, strftime('%s', '2024-03-11 13:30:00') * 1000, 3600);
INSERT INTO sleep_stages_table VALUES
    (1, strftime('%s', '2024-03-10 21:00:00') * 1000, strftime('%s', '2024-03-10 21:20:00') * 1000, 7),
    (1, strftime('%s', '2024-03-10 21:20:00') * 1000, strftime('%s', '2024-03-11 01:00:00') * 1000, 4),
    (1, strftime('%s', '2024-03-11 01:00:00') * 1000, strftime('%s', '2024-03-11 02:00:00') * 1000, 5),
    (1, strftime('%s', '2024-03-11 02:00:00') * 1000, strftime('%s', '2024-03-11 02:10:00') * 1000, 1),
    (1, strftime('%s', '2024-03-11 02:10:00') * 1000, strftime('%s', '2024-03-11 05:30:00') * 1000, 6);
-- weight in grams: 72.5 kg, and 5 kg (not plausible, row 2).
INSERT INTO weight_record_table (row_id, uuid, device_info_id, app_info_id, time, zone_offset, weight) VALUES
    (1, x'41', 2, 2, strftime('%s', '2024-03-11 06:00:00') * 1000, 3600, 72500),
    (2, x'42', 2, 2, strftime('%s', '2024-03-11 06:05:00') * 1000, 3600, 5000);
