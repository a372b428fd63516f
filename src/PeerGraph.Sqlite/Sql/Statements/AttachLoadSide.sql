-- A seed load's side database ($path), attached to the write connection as load_side before the load's transaction
-- begins (an ATTACH cannot run inside one), so that CopyLoadSideTables.sql can read it (LoadSideDatabase.cs).
ATTACH DATABASE $path AS load_side;
