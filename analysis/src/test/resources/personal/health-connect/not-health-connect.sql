-- SYNTHETIC: some other app's database, without any Health Connect table.
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
