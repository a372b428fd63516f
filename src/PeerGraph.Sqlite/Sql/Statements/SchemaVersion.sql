-- The schema version recorded in the file (PRAGMA user_version; 0 for a new file). No parameters.
PRAGMA user_version;
